/**
 * The BigCommerce client for the browser: plain `fetch` with the storefront token and no cookies, and
 * the build client's conventions (`?operation=…&type=…`), error classes and retry policy. It leaves out
 * graphql-js and graphql-request, which alone would break a page's JS budget, and it loads the error
 * classes and retry policy (`browser-failure.ts`) only when a request fails.
 */
import type { BigCommerceClient } from './client';
import { describeOperation, operationUrl, type GraphQLDocument } from './graphql';
import type { RetryOptions } from './retry';

/** Where the storefront token may be used, and how patiently. */
export interface BrowserClientOptions {
  /** Absolute GraphQL URL of the store's channel. */
  endpoint: string;
  /** The public storefront token (never a private one). */
  token: string;
  fetch?: typeof fetch;
  /** Overrides of `BROWSER_RETRY`. */
  retry?: Partial<RetryOptions>;
  /** Per attempt, default 15 s. */
  timeoutMs?: number;
}

/** One request, as every attempt at it sends it. */
export interface BrowserRequest {
  endpoint: string;
  operationName?: string;
  isMutation: boolean;
  timeoutMs: number;
}

/** What one attempt saw: a reply with its JSON body (when readable), or why fetch failed. */
export interface AttemptOutcome {
  response?: Response;
  body?: { data?: unknown; errors?: unknown[] } & Record<string, unknown>;
  failure?: unknown;
  timedOut?: boolean;
}

async function attemptOnce(
  send: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<AttemptOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await send(url, { ...init, signal: controller.signal });
    return { response, body: await response.json().catch(() => undefined) };
  } catch (failure) {
    return { failure, timedOut: controller.signal.aborted };
  } finally {
    clearTimeout(timer);
  }
}

/** Creates a client for the storefront token. Requests reject with a `BigCommerceError` subclass. */
export function createBrowserClient(options: BrowserClientOptions): BigCommerceClient {
  const send = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  return {
    async request<TData>(document: GraphQLDocument, variables?: Record<string, unknown>): Promise<TData> {
      const operation = describeOperation(document);
      const { type, name } = operation;
      const url = operationUrl(options.endpoint, operation);
      const request: BrowserRequest = {
        endpoint: options.endpoint,
        operationName: name,
        isMutation: type === 'mutation',
        timeoutMs: options.timeoutMs ?? 15_000,
      };
      const init: RequestInit = {
        method: 'POST',
        headers: { Authorization: `Bearer ${options.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: String(document), variables, operationName: name }),
        credentials: 'omit',
      };
      for (let attempt = 1; ; attempt++) {
        const outcome = await attemptOnce(send, url, init, request.timeoutMs);
        const { response, body } = outcome;
        if (response?.ok && body?.data && !body.errors?.length) return body.data as TData;
        // Rejects with the typed error, or resolves after the wait the retry policy asks for.
        await (await import('./browser-failure')).afterFailure(outcome, request, attempt, options.retry);
      }
    },
  };
}
