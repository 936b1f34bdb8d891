/** One attempt of a GraphQL request over graphql-request, with every failure turned into a typed error. */
import { ClientError, GraphQLClient } from 'graphql-request';
import {
  BigCommerceAuthError,
  BigCommerceGraphQLError,
  BigCommerceServerError,
  BigCommerceThrottledError,
  type BigCommerceError,
  type GraphQLErrorEntry,
  type RequestContext,
  serverMessage,
} from './errors';
import { rateLimitWaitMs } from './retry';

/** Everything one attempt needs to know. */
export interface AttemptSettings extends RequestContext {
  /** Endpoint plus `?operation=…&type=…`. */
  url: string;
  token: string;
  tokenVariable: string;
  isMutation: boolean;
  fetch: typeof fetch;
  timeoutMs: number;
}

/** Error codes meaning the connection never opened, so the request cannot have reached BigCommerce. */
const NEVER_CONNECTED_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Raised by the fetch wrapper when fetch itself rejects (no reply at all). */
class NoReplyFailure extends Error {
  constructor(
    readonly original: unknown,
    readonly neverConnected: boolean,
  ) {
    super(describeCause(original), { cause: original });
  }
}

function errorCode(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { code, errors } = error as { code?: unknown; errors?: unknown[] };
  if (typeof code === 'string') return code;
  return Array.isArray(errors) ? errorCode(errors[0]) : undefined;
}

function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  const causeText = cause instanceof Error ? cause.message || errorCode(cause) : undefined;
  return causeText ? `${error.message}: ${causeText}` : error.message;
}

/** Wraps fetch so no cookies are sent and a rejected fetch says whether a connection was ever made. */
function wrapFetch(baseFetch: typeof fetch): typeof fetch {
  return async (input, init) => {
    try {
      // Called on globalThis: browsers reject a detached `window.fetch` ("Illegal invocation").
      return await baseFetch.call(globalThis, input, { ...init, credentials: 'omit' });
    } catch (error) {
      if (init?.signal?.aborted) throw error;
      const code = errorCode(error instanceof Error ? error.cause : undefined) ?? errorCode(error);
      throw new NoReplyFailure(error, code !== undefined && NEVER_CONNECTED_CODES.has(code));
    }
  };
}

const MUTATION_NOTE =
  'The mutation was not retried because it may already have been applied; re-read the cart to see its state.';

/** The server's own words from an error reply: a GraphQL error, a JSON title/message, or the body text. */
function serverWords(response: ClientError['response']): string {
  const body = typeof response.body === 'string' ? response.body.trim() : '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    // Not JSON: the raw text below.
  }
  return (
    serverMessage({ errors: response.errors }) ??
    serverMessage(parsed) ??
    (body.slice(0, 200) || 'no message')
  );
}

function fromHttpFailure(error: ClientError, settings: AttemptSettings, attempt: number): BigCommerceError {
  const { status, headers } = error.response;
  if (status === 401 || status === 403) {
    return new BigCommerceAuthError(status, serverWords(error.response), settings.tokenVariable, settings);
  }
  if (status === 429) return new BigCommerceThrottledError(attempt, rateLimitWaitMs(headers), settings);
  if (status < 500 && error.response.errors?.length) {
    return new BigCommerceGraphQLError(error.response.errors, error.response.data ?? null, settings);
  }
  const words = serverWords(error.response);
  return new BigCommerceServerError('http', `HTTP ${status} (${words})`, attempt, {
    ...settings,
    status,
    note: settings.isMutation && status >= 500 ? MUTATION_NOTE : undefined,
  });
}

function classify(error: unknown, settings: AttemptSettings, attempt: number, timedOut: boolean) {
  if (error instanceof ClientError) return fromHttpFailure(error, settings, attempt);
  const note = settings.isMutation ? MUTATION_NOTE : undefined;
  if (timedOut) {
    return new BigCommerceServerError('timeout', `no reply within ${settings.timeoutMs} ms`, attempt, {
      ...settings,
      note,
      cause: error,
    });
  }
  if (error instanceof NoReplyFailure) {
    return new BigCommerceServerError('network', error.message, attempt, {
      ...settings,
      cause: error.original,
      mayHaveReachedServer: !error.neverConnected,
      note: error.neverConnected ? undefined : note,
    });
  }
  const unreadable =
    error instanceof SyntaxError || /^Invalid execution result/.test(String((error as Error)?.message));
  return new BigCommerceServerError(
    unreadable ? 'invalid-response' : 'network',
    describeCause(error),
    attempt,
    {
      ...settings,
      cause: error,
      note: unreadable ? undefined : note,
    },
  );
}

/** Sends the request once; resolves with `data` or rejects with a `BigCommerceError`. */
export async function sendOnce<TData>(
  query: string,
  variables: Record<string, unknown> | undefined,
  settings: AttemptSettings,
  attempt: number,
): Promise<TData> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, settings.timeoutMs);
  try {
    const client = new GraphQLClient(settings.url, {
      fetch: wrapFetch(settings.fetch),
      headers: { Authorization: `Bearer ${settings.token}`, 'Content-Type': 'application/json' },
      errorPolicy: 'all',
    });
    const response = await client.rawRequest<TData>({ query, variables, signal: controller.signal });
    if (response.errors?.length) {
      const errors = response.errors as readonly GraphQLErrorEntry[];
      throw new BigCommerceGraphQLError(errors, response.data ?? null, settings);
    }
    return response.data;
  } catch (error) {
    if (error instanceof BigCommerceGraphQLError) throw error;
    throw classify(error, settings, attempt, timedOut);
  } finally {
    clearTimeout(timer);
  }
}
