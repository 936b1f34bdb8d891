/**
 * What the browser client does when an attempt fails: turn it into the build client's typed errors and
 * apply the shared retry policy (three tries at most for a waiting shopper). Loaded only on failure.
 */
import type { AttemptOutcome, BrowserRequest } from './browser-client';
import {
  BigCommerceAuthError,
  BigCommerceGraphQLError,
  BigCommerceServerError,
  BigCommerceThrottledError,
  type BigCommerceError,
  type GraphQLErrorEntry,
  serverMessage,
} from './errors';
import { decideRetry, rateLimitWaitMs, resolveRetryOptions, type RetryOptions } from './retry';

/** A shopper waits: fewer, shorter retries than a build (three tries, at most 2 s apart). */
export const BROWSER_RETRY: Partial<RetryOptions> = { maxAttempts: 3, baseDelayMs: 300, maxDelayMs: 2000 };

const wordsOf = (body: AttemptOutcome['body'], status: number) => serverMessage(body) ?? `HTTP ${status}`;

/** The typed error for a failed attempt (`attempt` is 1-based). */
export function toBigCommerceError(
  outcome: AttemptOutcome,
  request: BrowserRequest,
  attempt: number,
): BigCommerceError {
  const { response, body } = outcome;
  if (!response) {
    // A browser cannot tell a refused connection from a dropped one, so a mutation may have landed.
    const detail = outcome.timedOut
      ? `no reply within ${request.timeoutMs} ms`
      : String((outcome.failure as Error)?.message ?? outcome.failure);
    return new BigCommerceServerError(outcome.timedOut ? 'timeout' : 'network', detail, attempt, {
      ...request,
      cause: outcome.failure,
    });
  }
  const { status } = response;
  if (status === 401 || status === 403) {
    return new BigCommerceAuthError(status, wordsOf(body, status), 'BIGCOMMERCE_STOREFRONT_TOKEN', request);
  }
  if (status === 429)
    return new BigCommerceThrottledError(attempt, rateLimitWaitMs(response.headers), request);
  if (body?.errors?.length && status < 500) {
    return new BigCommerceGraphQLError(body.errors as GraphQLErrorEntry[], body.data ?? null, request);
  }
  if (!response.ok) {
    return new BigCommerceServerError('http', `HTTP ${status} (${wordsOf(body, status)})`, attempt, {
      ...request,
      status,
    });
  }
  return new BigCommerceServerError(
    'invalid-response',
    'the reply was not a GraphQL result',
    attempt,
    request,
  );
}

/** Rejects with the attempt's typed error when the policy says stop; otherwise waits before the next try. */
export async function afterFailure(
  outcome: AttemptOutcome,
  request: BrowserRequest,
  attempt: number,
  overrides?: Partial<RetryOptions>,
): Promise<void> {
  const error = toBigCommerceError(outcome, request, attempt);
  const retry = resolveRetryOptions({ ...BROWSER_RETRY, ...overrides });
  const decision = decideRetry(error, attempt, request.isMutation, retry);
  if (!decision.retry) throw error;
  await retry.sleep(decision.delayMs);
}
