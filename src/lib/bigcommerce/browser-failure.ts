/**
 * What the browser client does when an attempt fails: turn it into the typed error (`failureToError`,
 * the build client's rule) and apply the shared retry policy (three tries at most for a waiting
 * shopper). Loaded only on failure.
 */
import { failureToError, type AttemptSeen, type FailureContext } from './failure-to-error';
import { decideRetry, resolveRetryOptions, type RetryOptions } from './retry';

/** A shopper waits: fewer, shorter retries than a build (three tries, at most 2 s apart). */
export const BROWSER_RETRY: Partial<RetryOptions> = { maxAttempts: 3, baseDelayMs: 300, maxDelayMs: 2000 };

/** Rejects with the attempt's typed error when the policy says stop; otherwise waits before the next try. */
export async function afterFailure(
  seen: AttemptSeen,
  context: FailureContext,
  attempt: number,
  overrides?: Partial<RetryOptions>,
): Promise<void> {
  const error = failureToError(seen, context, attempt);
  const retry = resolveRetryOptions({ ...BROWSER_RETRY, ...overrides });
  const decision = decideRetry(error, attempt, context.isMutation, retry);
  if (!decision.retry) throw error;
  await retry.sleep(decision.delayMs);
}
