/** Typed failures of BigCommerce GraphQL requests, each with a message a person can act on. */

/** Which kind of failure a `BigCommerceError` is. */
export type BigCommerceErrorKind = 'auth' | 'throttled' | 'server' | 'graphql';

/** Where a request went, shared by every error. */
export interface RequestContext {
  endpoint: string;
  operationName?: string;
}

/** Base class of every error the BigCommerce client throws; switch on `kind`. */
export abstract class BigCommerceError extends Error {
  abstract readonly kind: BigCommerceErrorKind;
  readonly endpoint: string;
  readonly operationName?: string;

  constructor(message: string, context: RequestContext, options?: { cause?: unknown }) {
    super(message, options);
    this.endpoint = context.endpoint;
    this.operationName = context.operationName;
  }
}

const forOperation = (context: RequestContext) =>
  context.operationName ? ` for ${context.operationName}` : '';

/** HTTP 401/403: the token was missing, wrong, expired or for another channel. Never retried. */
export class BigCommerceAuthError extends BigCommerceError {
  readonly kind = 'auth';
  override readonly name = 'BigCommerceAuthError';

  constructor(
    readonly status: number,
    readonly serverMessage: string,
    readonly tokenVariable: string,
    context: RequestContext,
  ) {
    const alternative =
      tokenVariable === 'BIGCOMMERCE_PRIVATE_TOKEN' ? ' (or BIGCOMMERCE_STOREFRONT_TOKEN)' : '';
    super(
      `BigCommerce refused the token${forOperation(context)} (HTTP ${status}: ${serverMessage}). ` +
        `Check ${tokenVariable}${alternative} and BIGCOMMERCE_CHANNEL_ID.`,
      context,
    );
  }
}

/** HTTP 429 on every attempt: BigCommerce kept throttling until the retries were spent. */
export class BigCommerceThrottledError extends BigCommerceError {
  readonly kind = 'throttled';
  override readonly name = 'BigCommerceThrottledError';

  constructor(
    readonly attempts: number,
    /** The wait the last reply asked for, when it said. */
    readonly retryAfterMs: number | undefined,
    context: RequestContext,
  ) {
    const asked = retryAfterMs === undefined ? '' : ` (it asked to wait ${retryAfterMs} ms)`;
    super(
      `BigCommerce at ${context.endpoint} is rate-limiting requests${forOperation(context)}: ` +
        `still HTTP 429 after ${attempts} attempt${attempts === 1 ? '' : 's'}${asked}. ` +
        'Make fewer requests at once or try again later.',
      context,
    );
  }
}

/** Why a `BigCommerceServerError` happened. */
export type ServerFailureReason = 'http' | 'network' | 'timeout' | 'invalid-response';

/** 5xx, network failure, timeout or an unreadable reply: the store is down or unreachable. */
export class BigCommerceServerError extends BigCommerceError {
  readonly kind = 'server';
  override readonly name = 'BigCommerceServerError';
  /** The last HTTP status, when there was a reply. */
  readonly status?: number;
  /** False only when the connection never opened, so the server cannot have acted on the request. */
  readonly mayHaveReachedServer: boolean;

  constructor(
    readonly reason: ServerFailureReason,
    /** What the last attempt saw, e.g. "HTTP 503" or "connect ECONNREFUSED 127.0.0.1:4000". */
    readonly detail: string,
    readonly attempts: number,
    context: RequestContext & {
      status?: number;
      cause?: unknown;
      note?: string;
      mayHaveReachedServer?: boolean;
    },
  ) {
    const what =
      reason === 'http' && context.status !== undefined && context.status < 500
        ? `answered ${detail}${forOperation(context)}; check that the endpoint is a BigCommerce GraphQL URL`
        : `is down or unreachable${forOperation(context)}: ${detail}`;
    super(
      `BigCommerce at ${context.endpoint} ${what} ` +
        `(after ${attempts} attempt${attempts === 1 ? '' : 's'}).${context.note ? ` ${context.note}` : ''}`,
      context,
      { cause: context.cause },
    );
    this.status = context.status;
    this.mayHaveReachedServer = context.mayHaveReachedServer ?? true;
  }
}

/** One entry of a GraphQL `errors[]` array. */
export interface GraphQLErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  locations?: readonly { line: number; column: number }[];
  extensions?: Record<string, unknown>;
}

/** HTTP 200 with `errors[]` (a bad query, a missing cart, too little stock…). Never retried. */
export class BigCommerceGraphQLError extends BigCommerceError {
  readonly kind = 'graphql';
  override readonly name = 'BigCommerceGraphQLError';

  constructor(
    readonly errors: readonly GraphQLErrorEntry[],
    /** Whatever partial data came with the errors (often null). */
    readonly data: unknown,
    context: RequestContext,
  ) {
    const lines = errors.map((error) =>
      error.path?.length ? `${error.path.join('.')}: ${error.message}` : error.message,
    );
    super(
      `BigCommerce rejected ${context.operationName ?? 'the request'}: ${lines.join('; ') || 'unknown error'}`,
      context,
    );
  }
}

/** True for any error thrown by the BigCommerce client. */
export function isBigCommerceError(error: unknown): error is BigCommerceError {
  return error instanceof BigCommerceError;
}

/** The server's own words in an error reply's JSON body: its GraphQL errors, or a title/message/detail/error. */
export function serverMessage(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const record = body as Record<string, unknown>;
  const errors = record.errors as GraphQLErrorEntry[] | undefined;
  if (Array.isArray(errors) && errors.length) return errors.map((error) => error.message).join('; ');
  const words = ['title', 'message', 'detail', 'error'].map((key) => record[key]);
  return words.find((value): value is string => typeof value === 'string' && value !== '');
}
