/** The local BigCommerce API as a pure request → response function: GraphQL, images and hosted checkout. */
import type { StoreData } from '../data/types';
import { authorize, corsHeaders, DEFAULT_ALLOWED_ORIGINS, preflightHeaders } from './auth';
import { CartStore } from './cart-store';
import { Catalog } from './catalog';
import { CheckoutDesk } from './checkout-desk';
import type { ApiContext } from './context';
import { runGraphql } from './execute';
import { handleControl } from './controls';
import { FaultState, type FaultConfig } from './faults';
import { bodyText, errorResponse, headerOf, jsonResponse, type ApiRequest, type ApiResponse } from './http';
import { ImageServer } from './image-server';
import { WebhookDelivery, type DeliveryOptions } from './management/delivery';
import { HookRegistry } from './management/hooks';
import { handleManagement } from './management/router';
import { assertCurrenciesInSchema } from './schema';

/** Options for `createLocalApi`. */
export interface LocalApiOptions {
  /** The public origin, e.g. `http://127.0.0.1:4010`, used in image, product and checkout URLs. */
  origin: string;
  /** The channel this endpoint serves (tokens must carry it); default 1. */
  channelId?: number;
  /** Browser origins allowed to call (CORS preflight answers only these); default the Astro dev/preview origins. */
  allowedOrigins?: string[];
  faults?: FaultConfig;
  /** How webhooks are delivered (retry delays, duplicates). */
  webhooks?: DeliveryOptions;
}

/** A running local API. */
export interface LocalApi {
  handle(request: ApiRequest): Promise<ApiResponse>;
  /** Replaces the fault config. */
  setFaults(faults: FaultConfig): void;
  /** GraphQL requests received so far (preflights excluded, faulted ones included). */
  requestCount(): number;
  catalog: Catalog;
  checkout: CheckoutDesk;
  /** Registered webhooks (management API `/v3/hooks`). */
  hooks: HookRegistry;
  /** Delivers catalog events to the hooks; `idle()` waits for deliveries in flight. */
  delivery: WebhookDelivery;
}

const COMPLEXITY_HEADER = 'X-Bc-Graphql-Complexity';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds the API over `data` (which it never mutates). */
export function createLocalApi(data: StoreData, options: LocalApiOptions): LocalApi {
  assertCurrenciesInSchema(data.currencies.map((currency) => currency.code));
  const catalog = new Catalog(data);
  const carts = new CartStore(catalog);
  const checkout = new CheckoutDesk(catalog, carts, options.origin);
  const images = new ImageServer(catalog);
  const faults = new FaultState(options.faults);
  const storeHash = data.settings.storeHash;
  const hooks = new HookRegistry(storeHash);
  const delivery = new WebhookDelivery(hooks, storeHash, options.webhooks);
  const channelId = options.channelId ?? 1;
  const allowedOrigins = options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS;
  let graphqlRequests = 0;

  async function graphql(request: ApiRequest): Promise<ApiResponse> {
    graphqlRequests++;
    const decision = faults.next();
    if (decision.kind === 'drop') return { status: 0, headers: {}, body: '', dropConnection: true };
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    const origin = headerOf(request, 'origin');
    const storeCors = origin && allowedOrigins.includes(origin) ? corsHeaders(origin) : {};
    const base = { ...storeCors, [COMPLEXITY_HEADER]: '0' };
    if (decision.kind === 'throttle') {
      return errorResponse(429, 'Too many requests: the store is throttling this client', {
        ...base,
        ...decision.headers,
      });
    }
    if (decision.kind === 'server-error') return errorResponse(500, 'Internal Server Error', base);
    if (request.method !== 'POST')
      return errorResponse(405, 'Use POST for GraphQL requests', { ...base, allow: 'POST, OPTIONS' });
    const auth = authorize(request, channelId);
    if (!auth.ok) return errorResponse(auth.status, auth.message, base);
    const ctx: ApiContext = {
      catalog,
      carts,
      checkout,
      origin: options.origin,
      channelId,
      injectErrors: { active: decision.injectErrors, injected: 0, considered: 0 },
    };
    const outcome = await runGraphql(bodyText(request), ctx);
    return jsonResponse(outcome.status, outcome.payload, {
      ...(auth.corsOrigin ? corsHeaders(auth.corsOrigin) : storeCors),
      [COMPLEXITY_HEADER]: String(outcome.complexity),
    });
  }

  async function handle(request: ApiRequest): Promise<ApiResponse> {
    const url = new URL(request.path, options.origin);
    const control = handleControl(request, url.pathname, { faults, carts, catalog, hooks });
    if (control) return control;
    if (url.pathname === '/graphql') {
      if (request.method === 'OPTIONS') {
        if (faults.isDead) return { status: 0, headers: {}, body: '', dropConnection: true };
        const headers = preflightHeaders(request, allowedOrigins);
        return headers
          ? { status: 204, headers, body: '' }
          : errorResponse(403, 'This origin may not call the API');
      }
      return graphql(request);
    }
    if (faults.isDead) return { status: 0, headers: {}, body: '', dropConnection: true };
    const management = handleManagement(request, url.pathname, {
      catalog,
      hooks,
      delivery,
      channelId,
      origin: options.origin,
    });
    if (management) return management;
    if ((request.method === 'GET' || request.method === 'HEAD') && url.pathname.startsWith('/images/')) {
      return images.serve(request.method, url.pathname);
    }
    const checkoutReply = checkout.handle(request, url);
    if (checkoutReply) return checkoutReply;
    if (request.method === 'GET' && url.pathname === '/') {
      return jsonResponse(200, {
        name: `${data.settings.storeName} (local BigCommerce Storefront API)`,
        graphql: `${options.origin}/graphql`,
        management: `${options.origin}/stores/${storeHash}`,
        channelId,
      });
    }
    return errorResponse(404, `Nothing at ${url.pathname}`);
  }

  return {
    handle,
    setFaults: (config) => faults.set(config),
    requestCount: () => graphqlRequests,
    catalog,
    checkout,
    hooks,
    delivery,
  };
}
