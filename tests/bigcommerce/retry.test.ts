import { describe, expect, it } from 'vitest';
import {
  BigCommerceAuthError,
  BigCommerceGraphQLError,
  BigCommerceServerError,
  BigCommerceThrottledError,
} from '../../src/lib/bigcommerce/errors';
import {
  backoffDelayMs,
  decideRetry,
  rateLimitWaitMs,
  resolveRetryOptions,
  withRetry,
  type RetryOptions,
} from '../../src/lib/bigcommerce/retry';

const context = { endpoint: 'https://store.example/graphql', operationName: 'GetCart' };
const options = (overrides: Partial<RetryOptions> = {}) =>
  resolveRetryOptions({ baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.5, ...overrides });

const throttled = (retryAfterMs?: number) => new BigCommerceThrottledError(1, retryAfterMs, context);
const http500 = () => new BigCommerceServerError('http', 'HTTP 500', 1, { ...context, status: 500 });
const refused = () =>
  new BigCommerceServerError('network', 'ECONNREFUSED', 1, { ...context, mayHaveReachedServer: false });
const dropped = () => new BigCommerceServerError('network', 'socket hang up', 1, context);
const timeout = () => new BigCommerceServerError('timeout', 'no reply', 1, context);

describe('resolveRetryOptions', () => {
  it('defaults to 10 attempts', () => {
    expect(resolveRetryOptions().maxAttempts).toBe(10);
  });

  it('refuses more than 10 attempts, or none', () => {
    expect(() => resolveRetryOptions({ maxAttempts: 11 })).toThrow(/1 to 10/);
    expect(() => resolveRetryOptions({ maxAttempts: 0 })).toThrow(RangeError);
  });

  it('refuses a maximum delay below the base delay', () => {
    expect(() => resolveRetryOptions({ baseDelayMs: 500, maxDelayMs: 100 })).toThrow(RangeError);
  });

  it('keeps defaults for keys passed as undefined', () => {
    expect(resolveRetryOptions({ maxAttempts: undefined }).maxAttempts).toBe(10);
  });
});

describe('backoffDelayMs', () => {
  it('doubles the jitter ceiling on each failure and caps it at maxDelayMs', () => {
    const opts = options({ random: () => 0.5 });
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelayMs(n, opts))).toEqual([50, 100, 200, 400, 500, 500]);
  });

  it('uses full jitter: anywhere from 0 up to the ceiling', () => {
    expect(backoffDelayMs(3, options({ random: () => 0 }))).toBe(0);
    expect(backoffDelayMs(3, options({ random: () => 0.999 }))).toBe(399);
  });
});

describe('rateLimitWaitMs', () => {
  it('reads X-Retry-After as seconds', () => {
    expect(rateLimitWaitMs(new Headers({ 'X-Retry-After': '2' }))).toBe(2000);
  });

  it('reads X-Rate-Limit-Time-Reset-Ms as milliseconds', () => {
    expect(rateLimitWaitMs(new Headers({ 'X-Rate-Limit-Time-Reset-Ms': '1500' }))).toBe(1500);
  });

  it('takes the longer of the two when both are present', () => {
    expect(rateLimitWaitMs(new Headers({ 'X-Retry-After': '1', 'X-Rate-Limit-Time-Reset-Ms': '2500' }))).toBe(
      2500,
    );
    expect(rateLimitWaitMs(new Headers({ 'X-Retry-After': '3', 'X-Rate-Limit-Time-Reset-Ms': '2500' }))).toBe(
      3000,
    );
  });

  it('ignores missing and malformed headers', () => {
    expect(rateLimitWaitMs(new Headers())).toBeUndefined();
    expect(
      rateLimitWaitMs(new Headers({ 'X-Retry-After': 'soon', 'X-Rate-Limit-Time-Reset-Ms': '-4' })),
    ).toBeUndefined();
  });
});

describe('decideRetry', () => {
  it('waits as long as a 429 asks', () => {
    expect(decideRetry(throttled(2000), 1, false, options())).toEqual({ retry: true, delayMs: 2000 });
  });

  it('never waits less than the base delay after a 429', () => {
    expect(decideRetry(throttled(0), 1, false, options())).toEqual({ retry: true, delayMs: 100 });
  });

  it('backs off after a 429 that names no wait', () => {
    expect(decideRetry(throttled(), 3, false, options())).toEqual({ retry: true, delayMs: 200 });
  });

  it('retries 5xx, timeouts and network failures of queries', () => {
    for (const error of [http500(), timeout(), dropped(), refused()]) {
      expect(decideRetry(error, 1, false, options()).retry).toBe(true);
    }
  });

  it('retries a mutation only when the server cannot have acted on it', () => {
    expect(decideRetry(throttled(), 1, true, options()).retry).toBe(true);
    expect(decideRetry(refused(), 1, true, options()).retry).toBe(true);
    for (const error of [http500(), timeout(), dropped()]) {
      expect(decideRetry(error, 1, true, options()).retry).toBe(false);
    }
  });

  it('never retries auth failures, GraphQL errors, 4xx or unreadable replies', () => {
    const final = [
      new BigCommerceAuthError(401, 'Unknown JWT token', 'BIGCOMMERCE_PRIVATE_TOKEN', context),
      new BigCommerceGraphQLError([{ message: 'Not Found: Cart does not exist' }], null, context),
      new BigCommerceServerError('http', 'HTTP 404', 1, { ...context, status: 404 }),
      new BigCommerceServerError('invalid-response', 'not JSON', 1, context),
      new Error('programming error'),
    ];
    for (const error of final) expect(decideRetry(error, 1, false, options())).toEqual({ retry: false });
  });

  it('stops once maxAttempts tries have been made', () => {
    expect(decideRetry(http500(), 2, false, options({ maxAttempts: 3 })).retry).toBe(true);
    expect(decideRetry(http500(), 3, false, options({ maxAttempts: 3 })).retry).toBe(false);
  });
});

describe('withRetry', () => {
  it('sleeps the decided delays between attempts and returns the first success', async () => {
    const slept: number[] = [];
    const seen: number[] = [];
    const result = await withRetry(
      async (attempt) => {
        if (attempt < 3) throw new Error(`fail ${attempt}`);
        return `ok on ${attempt}`;
      },
      (_error, failed) => ({ retry: true, delayMs: failed * 10 }),
      async (ms) => void slept.push(ms),
      ({ attempt }) => seen.push(attempt),
    );
    expect(result).toBe('ok on 3');
    expect(slept).toEqual([10, 20]);
    expect(seen).toEqual([1, 2]);
  });

  it('rethrows the last error when told to stop', async () => {
    let calls = 0;
    const run = withRetry(
      async (attempt) => {
        calls++;
        throw new Error(`fail ${attempt}`);
      },
      (_error, failed) => (failed < 2 ? { retry: true, delayMs: 0 } : { retry: false }),
      async () => {},
    );
    await expect(run).rejects.toThrow('fail 2');
    expect(calls).toBe(2);
  });
});
