import { describe, expect, it } from 'vitest';
import { BigCommerceServerError, BigCommerceThrottledError } from '../../src/lib/bigcommerce/errors';
import {
  AddMutation,
  clientWith,
  ENDPOINT,
  fakeFetch,
  hangUntilAborted,
  json,
  ProductQuery,
  productData,
  refused,
} from './fake-fetch';

describe('createClient retries', () => {
  it('waits as long as a 429 asks (the longer header) and then succeeds', async () => {
    const { fetch, calls } = fakeFetch(
      json(429, {}, { 'X-Retry-After': '2', 'X-Rate-Limit-Time-Reset-Ms': '3500' }),
      json(429, {}, { 'X-Retry-After': '1' }),
      json(200, { data: productData }),
    );
    const retries: number[] = [];
    const { client, waits } = clientWith(fetch, { onRetry: ({ delayMs }) => retries.push(delayMs) });
    expect(await client.request(ProductQuery, { id: 1 })).toEqual(productData);
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([3500, 1000]);
    expect(retries).toEqual(waits);
  });

  it('backs off with jitter after a 429 without headers', async () => {
    const { fetch } = fakeFetch(json(429, {}), json(429, {}), json(200, { data: productData }));
    const { client, waits } = clientWith(fetch);
    await client.request(ProductQuery, { id: 1 });
    expect(waits).toEqual([5, 10]);
  });

  it('gives up on endless 429s with a throttled error after maxAttempts tries', async () => {
    const { fetch, calls } = fakeFetch(json(429, {}, { 'X-Retry-After': '0' }));
    const { client } = clientWith(fetch, { retry: { maxAttempts: 4, sleep: async () => {} } });
    const error = await client.request(ProductQuery, { id: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BigCommerceThrottledError);
    expect((error as BigCommerceThrottledError).attempts).toBe(4);
    expect((error as Error).message).toContain('after 4 attempts');
    expect(calls).toHaveLength(4);
  });

  it('retries a 500 and succeeds', async () => {
    const { fetch, calls } = fakeFetch(
      new Response('oops', { status: 500 }),
      json(200, { data: productData }),
    );
    expect(await clientWith(fetch).client.request(ProductQuery, { id: 1 })).toEqual(productData);
    expect(calls).toHaveLength(2);
  });

  it('reports a store that stays down with the endpoint and last status', async () => {
    const { fetch, calls } = fakeFetch(new Response('Service Unavailable', { status: 503 }));
    const { client } = clientWith(fetch, { retry: { maxAttempts: 3, sleep: async () => {} } });
    const error = await client.request(ProductQuery, { id: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BigCommerceServerError);
    const serverError = error as BigCommerceServerError;
    expect(serverError.status).toBe(503);
    expect(serverError.message).toContain(ENDPOINT);
    expect(serverError.message).toMatch(/down or unreachable.*HTTP 503.*after 3 attempts/);
    expect(calls).toHaveLength(3);
  });

  it('retries network failures of queries and names the cause when they persist', async () => {
    const { fetch, calls } = fakeFetch(refused());
    const { client } = clientWith(fetch, { retry: { maxAttempts: 2 } });
    const error = await client.request(ProductQuery, { id: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BigCommerceServerError);
    expect((error as BigCommerceServerError).reason).toBe('network');
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect(calls).toHaveLength(2);
  });

  it('times out a hung attempt and retries it', async () => {
    let calls = 0;
    const fetch = ((_input: RequestInfo | URL, init?: RequestInit) => {
      calls++;
      return calls === 1 ? hangUntilAborted(init) : Promise.resolve(json(200, { data: productData }));
    }) as typeof globalThis.fetch;
    const reasons: string[] = [];
    const { client } = clientWith(fetch, {
      timeoutMs: 20,
      onRetry: ({ error }) => reasons.push((error as BigCommerceServerError).reason),
    });
    expect(await client.request(ProductQuery, { id: 1 })).toEqual(productData);
    expect(calls).toBe(2);
    expect(reasons).toEqual(['timeout']);
  });

  it('does not retry a mutation that timed out', async () => {
    let calls = 0;
    const fetch = ((_input: RequestInfo | URL, init?: RequestInit) => {
      calls++;
      return hangUntilAborted(init);
    }) as typeof globalThis.fetch;
    const error = await clientWith(fetch, { timeoutMs: 20 })
      .client.request(AddMutation)
      .catch((e: unknown) => e);
    expect((error as BigCommerceServerError).reason).toBe('timeout');
    expect((error as Error).message).toMatch(/no reply within 20 ms.*may already have been applied/);
    expect(calls).toBe(1);
  });

  it('does not retry a mutation after a 500 or a dropped connection', async () => {
    for (const reply of [new Response('boom', { status: 500 }), new TypeError('socket hang up')]) {
      const { fetch, calls } = fakeFetch(reply, json(200, { data: {} }));
      const error = await clientWith(fetch)
        .client.request(AddMutation)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BigCommerceServerError);
      expect((error as Error).message).toContain('may already have been applied');
      expect(calls).toHaveLength(1);
    }
  });

  it('retries a mutation after a 429 or a refused connection', async () => {
    const data = { cart: { deleteCart: { deletedCartEntityId: 'x' } } };
    const { fetch, calls } = fakeFetch(json(429, {}), refused(), json(200, { data }));
    expect(await clientWith(fetch).client.request(AddMutation)).toEqual(data);
    expect(calls).toHaveLength(3);
    expect(new URL(calls[0].url).searchParams.get('type')).toBe('mutation');
  });
});
