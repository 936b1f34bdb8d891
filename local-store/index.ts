/** The local BigCommerce Storefront API: start it on loopback, get its URLs and tokens, inject faults. */
import { createLocalApi, type LocalApi } from './core/api';
import { DEFAULT_ALLOWED_ORIGINS, mintToken, STABLE_ISSUED_AT } from './core/auth';
import type { ApiRequest, ApiResponse } from './core/http';
import type { FaultConfig } from './core/faults';
import type { DeliveryAttempt, DeliveryOptions } from './core/management/delivery';
import type { StoreData } from './data/types';
import { startReplicas } from './replicas';
import { listenOnLoopback } from './server';

export { createLocalApi, type LocalApi, type LocalApiOptions } from './core/api';
export {
  AUTH_MESSAGES,
  DEFAULT_ALLOWED_ORIGINS,
  mintToken,
  type MintTokenOptions,
  type TokenKind,
} from './core/auth';
export { parseFaultConfig, type FaultConfig, type ThrottleHeader } from './core/faults';
export { CART_NOT_FOUND } from './core/cart-store';
export type { ApiRequest, ApiResponse } from './core/http';
export type { DeliveryAttempt, DeliveryOptions } from './core/management/delivery';

/** Options for `startLocalStore`. */
export interface StartLocalStoreOptions {
  /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** The catalog to serve; default the bundled sample store. */
  data?: StoreData;
  faults?: FaultConfig;
  /** Origins the storefront token (and CORS preflight) accept, at most 2; default the Astro dev/preview origins. */
  allowedOrigins?: string[];
  /** The channel this endpoint serves; default 1. */
  channelId?: number;
  /**
   * Worker threads that serve the store on one shared port (SO_REUSEPORT, Linux), each over its own
   * copy of `data`; default 1, this thread alone. Carts and fault counters are per replica (`setFaults`
   * reaches every replica, the HTTP fault control only the one that answers it), and so are webhooks and
   * management API edits, so replicas are for read-only load such as the build benchmark.
   */
  replicas?: number;
  /** How catalog edits are delivered to registered webhooks (retry delays, duplicates). */
  webhooks?: DeliveryOptions;
}

/** The webhook deliveries of a single-replica store, for tests in the same process. */
export interface LocalWebhooks {
  /** Resolves once every delivery started so far, retries and duplicates included, has finished. */
  idle(): Promise<void>;
  /** Every delivery attempt so far, oldest first. */
  attempts(): readonly DeliveryAttempt[];
}

/** A running local store. */
export interface LocalStore {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `url + '/graphql'` */
  graphqlUrl: string;
  /** Browser token: works server-to-server and from the allowed origins. */
  storefrontToken: string;
  /** Server token: refused when a request carries an `Origin` header; the management API takes it too. */
  privateToken: string;
  /** A token for the management API's `X-Auth-Token` alone (any private token works there). */
  managementToken: string;
  /** The management REST API's base, `url + '/stores/{hash}'` (BigCommerce's `https://api.bigcommerce.com/stores/{hash}`). */
  managementUrl: string;
  /** Webhook deliveries; absent with replicas, whose management API is per replica. */
  webhooks?: LocalWebhooks;
  /** Replaces the fault config at runtime (of every replica). */
  setFaults(faults: FaultConfig): void;
  /** GraphQL requests received so far, by all replicas (CORS preflights excluded). */
  requestCount(): number;
  stop(): Promise<void>;
}

/** Starts the local store on loopback and resolves once it is listening. */
export async function startLocalStore(options: StartLocalStoreOptions = {}): Promise<LocalStore> {
  const data = options.data ?? (await import('./data/sample.ts')).sampleStore();
  const channelId = options.channelId ?? 1;
  const allowedOrigins = options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS;
  const storefrontToken = mintToken({
    kind: 'storefront',
    channelIds: [channelId],
    allowedOrigins,
    issuedAt: STABLE_ISSUED_AT,
  });
  const privateToken = mintToken({ kind: 'private', channelIds: [channelId], issuedAt: STABLE_ISSUED_AT });
  // Another issue time makes another string, so a test can tell the two secrets apart in a build's output.
  const managementToken = mintToken({
    kind: 'private',
    channelIds: [channelId],
    issuedAt: STABLE_ISSUED_AT + 1,
  });
  const replicas = options.replicas ?? 1;
  const managementPath = `/stores/${data.settings.storeHash}`;
  if (!Number.isInteger(replicas) || replicas < 1) {
    throw new RangeError(`replicas must be a whole number of at least 1, got ${replicas}`);
  }
  if (replicas > 1) {
    const set = await startReplicas({
      count: replicas,
      port: options.port ?? 0,
      data,
      channelId,
      allowedOrigins,
      faults: options.faults,
    });
    const url = `http://127.0.0.1:${set.port}`;
    const { setFaults, requestCount, stop } = set;
    return {
      url,
      graphqlUrl: `${url}/graphql`,
      storefrontToken,
      privateToken,
      managementToken,
      managementUrl: `${url}${managementPath}`,
      setFaults,
      requestCount,
      stop,
    };
  }
  // The API needs the server's origin for its URLs, so it is created once the port is known.
  const ready: { api?: LocalApi } = {};
  const server = await listenOnLoopback(
    options.port ?? 0,
    async (request: ApiRequest): Promise<ApiResponse> =>
      ready.api ? ready.api.handle(request) : { status: 503, headers: {}, body: 'Starting' },
  );
  const url = `http://127.0.0.1:${server.port}`;
  let api: LocalApi;
  try {
    api = createLocalApi(data, {
      origin: url,
      channelId,
      allowedOrigins,
      faults: options.faults,
      webhooks: options.webhooks,
    });
  } catch (error) {
    await server.close();
    throw error;
  }
  ready.api = api;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    storefrontToken,
    privateToken,
    managementToken,
    managementUrl: `${url}${managementPath}`,
    webhooks: { idle: () => api.delivery.idle(), attempts: () => api.delivery.attempts },
    setFaults: (faults) => api.setFaults(faults),
    requestCount: () => api.requestCount(),
    stop: () => server.close(),
  };
}
