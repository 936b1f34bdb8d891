/** The BigCommerce GraphQL client: typed errors, timeouts and retries over graphql-request. */
import type { BigCommerceError } from './errors';
import { describeRequest, type GraphQLDocument, type VariablesArgument } from './graphql';
import { decideRetry, resolveRetryOptions, withRetry, type RetryOptions } from './retry';
import { sendOnce, type AttemptSettings } from './transport';

/** How to reach the store and how patiently. */
export interface ClientOptions {
  /** Absolute GraphQL URL, e.g. `https://store-abc123.mybigcommerce.com/graphql`. */
  endpoint: string;
  token: string;
  /** Environment variable the token came from, named in auth errors (default `BIGCOMMERCE_PRIVATE_TOKEN`). */
  tokenVariable?: string;
  fetch?: typeof fetch;
  retry?: Partial<RetryOptions>;
  /** Per attempt, default 30 s. */
  timeoutMs?: number;
  /** Told before each wait between attempts. */
  onRetry?: (info: { attempt: number; delayMs: number; error: BigCommerceError }) => void;
}

/** Sends GraphQL documents to one BigCommerce store. */
export interface BigCommerceClient {
  /**
   * Runs one operation; rejects with a `BigCommerceError` subclass. The result is typed by the
   * document, and the variables are checked against it (required when the operation requires any).
   */
  request<TData, TVariables>(
    document: GraphQLDocument<TData, TVariables>,
    ...variables: VariablesArgument<NoInfer<TVariables>>
  ): Promise<TData>;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** Creates a client; throws on an endpoint that is not a URL or unusable retry or timeout settings. */
export function createClient(options: ClientOptions): BigCommerceClient {
  try {
    new URL(options.endpoint);
  } catch {
    throw new TypeError(`The BigCommerce endpoint "${options.endpoint}" is not an absolute URL`);
  }
  const retry = resolveRetryOptions(options.retry);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(timeoutMs > 0)) throw new RangeError(`timeoutMs must be positive, got ${timeoutMs}`);
  const baseFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  return {
    async request<TData, TVariables>(
      document: GraphQLDocument<TData, TVariables>,
      ...[variables]: VariablesArgument<NoInfer<TVariables>>
    ): Promise<TData> {
      const settings: AttemptSettings = {
        ...describeRequest(options.endpoint, document),
        token: options.token,
        tokenVariable: options.tokenVariable ?? 'BIGCOMMERCE_PRIVATE_TOKEN',
        fetch: baseFetch,
        timeoutMs,
      };
      const query = String(document);
      return withRetry(
        (attempt) => sendOnce<TData>(query, variables, settings, attempt),
        (error, failedAttempt) => decideRetry(error, failedAttempt, settings.isMutation, retry),
        retry.sleep,
        options.onRetry && ((info) => options.onRetry!({ ...info, error: info.error as BigCommerceError })),
      );
    },
  };
}
