/**
 * The one rule turning what a failed attempt saw into a typed `BigCommerceError`, shared by the build
 * client (over graphql-request) and the browser client (plain fetch). Pure: it reads a plain description
 * and imports neither graphql-js nor graphql-request, so the browser can load it.
 */
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

/** What one attempt saw, as plain data. */
export interface AttemptSeen {
  /** The reply's status and headers; absent when no reply came (or it broke off while being read). */
  reply?: { status: number; headers: Headers };
  /** The reply body parsed as JSON; when absent, `text` is parsed here. */
  body?: unknown;
  /** The reply body as text, when it was read. */
  text?: string;
  /** Why there was no usable reply: fetch's rejection, the abort, or the reader's error. */
  failure?: unknown;
  /** The attempt was aborted for taking longer than `timeoutMs`. */
  timedOut?: boolean;
}

/** The request the attempt belonged to. */
export interface FailureContext extends RequestContext {
  isMutation: boolean;
  /** Environment variable the token came from, named in auth errors. */
  tokenVariable: string;
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

const MUTATION_NOTE =
  'The mutation was not retried because it may already have been applied; re-read the cart to see its state.';

function errorCode(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { code, errors } = error as { code?: unknown; errors?: unknown[] };
  if (typeof code === 'string') return code;
  return Array.isArray(errors) ? errorCode(errors[0]) : undefined;
}

/** A failure's message with its cause's (Node's fetch says only "fetch failed" and puts the reason below). */
function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  const causeText = cause instanceof Error ? cause.message || errorCode(cause) : undefined;
  return causeText ? `${error.message}: ${causeText}` : error.message;
}

/**
 * Whether a failure without a reply proves the connection never opened. Node's fetch says so in its
 * error codes; a browser's fetch cannot tell a refused connection from a dropped one, so there it is
 * always false and a mutation is never assumed to be unsent.
 */
function neverConnected(failure: unknown): boolean {
  const code = errorCode(failure instanceof Error ? failure.cause : undefined) ?? errorCode(failure);
  return code !== undefined && NEVER_CONNECTED_CODES.has(code);
}

function parseJson(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined; // Not JSON: the error quotes the text instead.
  }
}

/** The GraphQL errors of a reply body, when it has any. */
function graphqlErrors(body: unknown): GraphQLErrorEntry[] | undefined {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(errors) && errors.length ? (errors as GraphQLErrorEntry[]) : undefined;
}

function serverError(
  reason: 'http' | 'network' | 'timeout',
  detail: string,
  attempt: number,
  context: FailureContext,
  extra: { status?: number; cause?: unknown; mayHaveReachedServer?: boolean },
): BigCommerceServerError {
  const mayHaveReachedServer = extra.mayHaveReachedServer ?? true;
  // A failure the retry policy would try again, were the request not a mutation that may have landed.
  const retryable = reason !== 'http' || (extra.status ?? 0) >= 500;
  const note = context.isMutation && mayHaveReachedServer && retryable ? MUTATION_NOTE : undefined;
  const { endpoint, operationName } = context;
  return new BigCommerceServerError(reason, detail, attempt, {
    endpoint,
    operationName,
    ...extra,
    mayHaveReachedServer,
    note,
  });
}

/**
 * The typed error for a failed attempt (`attempt` is 1-based): 401/403 auth, 429 throttled, `errors[]`
 * under 500 GraphQL, and a server error for anything else: 5xx, another status, no reply, a timeout, or
 * a reply that is not a GraphQL result.
 */
export function failureToError(
  seen: AttemptSeen,
  context: FailureContext,
  attempt: number,
): BigCommerceError {
  const { reply, failure } = seen;
  const { endpoint, operationName } = context;
  const where = { endpoint, operationName };
  if (seen.timedOut) {
    const detail = `no reply within ${context.timeoutMs} ms`;
    return serverError('timeout', detail, attempt, context, { cause: failure });
  }
  if (!reply) {
    return serverError('network', describeCause(failure), attempt, context, {
      cause: failure,
      mayHaveReachedServer: !neverConnected(failure),
    });
  }
  const { status } = reply;
  const body = seen.body ?? parseJson(seen.text);
  // The store's own words: its GraphQL errors, a JSON title or message, or the start of the body.
  const words = () => serverMessage(body) ?? (seen.text?.trim().slice(0, 200) || 'no message');
  if (status === 401 || status === 403) {
    return new BigCommerceAuthError(status, words(), context.tokenVariable, where);
  }
  if (status === 429) return new BigCommerceThrottledError(attempt, rateLimitWaitMs(reply.headers), where);
  const errors = graphqlErrors(body);
  if (errors && status < 500) {
    return new BigCommerceGraphQLError(errors, (body as { data?: unknown }).data ?? null, where);
  }
  if (status < 200 || status >= 300) {
    return serverError('http', `HTTP ${status} (${words()})`, attempt, context, { status });
  }
  const detail = 'the reply was not a GraphQL result';
  return new BigCommerceServerError('invalid-response', detail, attempt, { ...where, cause: failure });
}
