/**
 * When and how long to wait before trying a failed BigCommerce request again.
 *
 * Policy: exponential backoff with full jitter, at most `maxAttempts` tries in all. A 429 waits as long as
 * BigCommerce asks (the longer of `X-Retry-After` and `X-Rate-Limit-Time-Reset-Ms`), but never less than
 * `baseDelayMs`. Auth failures and GraphQL errors are final: trying again gives the same answer.
 *
 * Mutations: BigCommerce cart mutations are not idempotent (addCartLineItems sent twice adds twice), so a
 * mutation is retried only when the server provably did not act on it: a 429 (the request was refused),
 * or a connection that never opened (refused, DNS failure, connect timeout). After a 5xx, a timeout or a
 * connection dropped mid-request the mutation may have been applied, so the error is surfaced instead and
 * the caller re-reads the cart.
 */
import { BigCommerceServerError, BigCommerceThrottledError } from './errors';

/** How many times to try, and how long to wait between tries. */
export interface RetryOptions {
  /** Tries in total, first included: 1 to 10 (default 10). */
  maxAttempts: number;
  /** Ceiling of the first backoff, doubled on each further failure; also the least a 429 waits. */
  baseDelayMs: number;
  /** Largest backoff ceiling. */
  maxDelayMs: number;
  /** Source of jitter in [0, 1). */
  random: () => number;
  /** Waits; replaced in tests. */
  sleep: (ms: number) => Promise<void>;
}

/** Upper bound on `maxAttempts`, as BigCommerce recommends about ten tries at most. */
export const MAX_ATTEMPTS_LIMIT = 10;

/** Defaults: 10 tries, backoff ceilings 500 ms, 1 s, 2 s… up to 30 s. */
export const DEFAULT_RETRY_OPTIONS: RetryOptions = {
  maxAttempts: MAX_ATTEMPTS_LIMIT,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Fills in defaults and rejects settings that make no sense. */
export function resolveRetryOptions(overrides: Partial<RetryOptions> = {}): RetryOptions {
  const options = { ...DEFAULT_RETRY_OPTIONS };
  for (const [key, value] of Object.entries(overrides) as [keyof RetryOptions, never][]) {
    if (value !== undefined) options[key] = value;
  }
  const { maxAttempts, baseDelayMs, maxDelayMs } = options;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS_LIMIT) {
    throw new RangeError(
      `retry.maxAttempts must be a whole number from 1 to ${MAX_ATTEMPTS_LIMIT}, got ${maxAttempts}`,
    );
  }
  if (!(baseDelayMs >= 0) || !(maxDelayMs >= baseDelayMs)) {
    throw new RangeError(
      `retry delays must satisfy 0 <= baseDelayMs <= maxDelayMs, got ${baseDelayMs} and ${maxDelayMs}`,
    );
  }
  return options;
}

/** Full-jitter backoff after the `failedAttempt`-th failure (1-based): random in [0, min(max, base·2^(n-1))). */
export function backoffDelayMs(failedAttempt: number, options: RetryOptions): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (failedAttempt - 1));
  return Math.floor(options.random() * ceiling);
}

function headerNumber(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name)?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/**
 * The wait a 429 asks for, in ms: the longer of `X-Retry-After` (seconds; plain `Retry-After` too) and
 * `X-Rate-Limit-Time-Reset-Ms`, or undefined when neither is present and usable.
 */
export function rateLimitWaitMs(headers: Headers): number | undefined {
  const retryAfterSeconds = headerNumber(headers, 'x-retry-after') ?? headerNumber(headers, 'retry-after');
  const resetMs = headerNumber(headers, 'x-rate-limit-time-reset-ms');
  const waits = [retryAfterSeconds === undefined ? undefined : retryAfterSeconds * 1000, resetMs].filter(
    (ms): ms is number => ms !== undefined,
  );
  return waits.length ? Math.ceil(Math.max(...waits)) : undefined;
}

/** Whether to try again, and after how long. */
export type RetryDecision = { retry: false } | { retry: true; delayMs: number };

const STOP: RetryDecision = { retry: false };

/** Applies the policy above to one failed attempt (`failedAttempt` is 1-based). */
export function decideRetry(
  error: unknown,
  failedAttempt: number,
  isMutation: boolean,
  options: RetryOptions,
): RetryDecision {
  if (failedAttempt >= options.maxAttempts) return STOP;
  if (error instanceof BigCommerceThrottledError) {
    const delayMs =
      error.retryAfterMs === undefined
        ? backoffDelayMs(failedAttempt, options)
        : Math.max(error.retryAfterMs, options.baseDelayMs);
    return { retry: true, delayMs };
  }
  if (error instanceof BigCommerceServerError) {
    if (error.reason === 'invalid-response') return STOP;
    if (error.reason === 'http' && (error.status ?? 0) < 500) return STOP;
    if (isMutation && error.mayHaveReachedServer) return STOP;
    return { retry: true, delayMs: backoffDelayMs(failedAttempt, options) };
  }
  return STOP;
}

/** Runs `attempt(1)`, `attempt(2)`… until one succeeds or `decide` says stop; rethrows the last error. */
export async function withRetry<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  decide: (error: unknown, failedAttempt: number) => RetryDecision,
  sleep: (ms: number) => Promise<void>,
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void,
): Promise<T> {
  for (let attemptNumber = 1; ; attemptNumber++) {
    try {
      return await attempt(attemptNumber);
    } catch (error) {
      const decision = decide(error, attemptNumber);
      if (!decision.retry) throw error;
      onRetry?.({ attempt: attemptNumber, delayMs: decision.delayMs, error });
      await sleep(decision.delayMs);
    }
  }
}
