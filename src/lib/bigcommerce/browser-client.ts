/**
 * The BigCommerce client for the browser: plain `fetch` with the storefront token and no cookies, and
 * the build client's conventions (`?operation=…&type=…`), error classes and retry policy. It leaves out
 * graphql-js and graphql-request, which alone would break a page's JS budget, and it loads the error
 * classes and retry policy (`browser-failure.ts`) only when a request fails.
 */
import type { BigCommerceClient } from './client';
import type { AttemptSeen, FailureContext } from './failure-to-error';
import { describeRequest, type GraphQLDocument, type VariablesArgument } from './graphql';
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

async function attemptOnce(
  send: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<AttemptSeen & { data?: unknown }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const reply = await send(url, { ...init, signal: controller.signal });
    const text = await reply.text();
    let body: { data?: unknown; errors?: unknown[] } | undefined;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: `failureToError` quotes the text instead.
    }
    // The data of a 2xx GraphQL result without errors; anything else is a failure.
    const data = reply.ok && !body?.errors?.length ? body?.data : undefined;
    return { reply, text, body, data };
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
    async request<TData, TVariables>(
      document: GraphQLDocument<TData, TVariables>,
      ...[variables]: VariablesArgument<NoInfer<TVariables>>
    ): Promise<TData> {
      const { url, ...request } = describeRequest(options.endpoint, document);
      const context: FailureContext = {
        ...request,
        tokenVariable: 'BIGCOMMERCE_STOREFRONT_TOKEN',
        timeoutMs: options.timeoutMs ?? 15_000,
      };
      const init: RequestInit = {
        method: 'POST',
        headers: { Authorization: `Bearer ${options.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: String(document), variables, operationName: request.operationName }),
        credentials: 'omit',
      };
      for (let attempt = 1; ; attempt++) {
        const seen = await attemptOnce(send, url, init, context.timeoutMs);
        if (seen.data) return seen.data as TData;
        // Rejects with the typed error, or resolves after the wait the retry policy asks for.
        await (await import('./browser-failure')).afterFailure(seen, context, attempt, options.retry);
      }
    },
  };
}
