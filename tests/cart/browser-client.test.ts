import { describe, expect, it } from 'vitest';
import { createBrowserClient, type BrowserClientOptions } from '../../src/lib/bigcommerce/browser-client';
import {
  BigCommerceAuthError,
  BigCommerceGraphQLError,
  BigCommerceServerError,
  BigCommerceThrottledError,
} from '../../src/lib/bigcommerce/errors';
import { describeOperation, graphql } from '../../src/lib/bigcommerce/graphql';

const ENDPOINT = 'https://store-abc123.mybigcommerce.com/graphql';
const Name = graphql('fragment Name on Product { name }');
const data = { site: { product: { name: 'Mug' } } };
const ProductQuery = graphql<typeof data, { id: number }>(
  'query GetName($id: Int!) { site { product(entityId: $id) { ...Name } } }',
  [Name],
);
const DeleteMutation = graphql<unknown, { input: { cartEntityId: string } }>(
  'mutation DeleteIt($input: DeleteCartInput!) { cart { deleteCart(input: $input) { deletedCartEntityId } } }',
);
const product = { id: 5 };
const deletion = { input: { cartEntityId: 'cart-1' } };

type Reply = Response | Error | ((init: RequestInit) => Promise<Response>);
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** A fetch that answers from a script and records each call. */
function fakeFetch(...replies: Reply[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    const reply = replies[Math.min(calls.length, replies.length) - 1];
    if (reply instanceof Error) throw reply;
    return typeof reply === 'function' ? reply(init) : reply.clone();
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

function clientWith(fetch: typeof globalThis.fetch, overrides: Partial<BrowserClientOptions> = {}) {
  const waits: number[] = [];
  const client = createBrowserClient({
    endpoint: ENDPOINT,
    token: 'storefront-token',
    fetch,
    retry: { baseDelayMs: 10, random: () => 0.5, sleep: async (ms) => void waits.push(ms) },
    ...overrides,
  });
  return { client, waits };
}

/** The error a request rejects with, checked to be of `type`. */
async function rejection<T extends Error>(
  request: Promise<unknown>,
  type: abstract new (...args: never[]) => T,
): Promise<T> {
  const error = await request.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(type);
  return error as T;
}

describe('describeOperation', () => {
  it('reads the operation type and name without a parser', () => {
    expect(describeOperation(ProductQuery)).toEqual({ type: 'query', name: 'GetName' });
    expect(describeOperation(DeleteMutation)).toEqual({ type: 'mutation', name: 'DeleteIt' });
    expect(describeOperation(graphql('{ site { settings { storeName } } }'))).toEqual({
      type: 'query',
      name: undefined,
    });
  });
});

describe('createBrowserClient', () => {
  it('posts the full document with the storefront token, no cookies, and the operation in the URL', async () => {
    const { fetch, calls } = fakeFetch(json(200, { data }));
    const { client } = clientWith(fetch);
    await expect(client.request(ProductQuery, { id: 5 })).resolves.toEqual(data);
    const [{ url, init }] = calls;
    expect(url).toBe(`${ENDPOINT}?operation=GetName&type=query`);
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('omit');
    expect(init.headers).toMatchObject({
      Authorization: 'Bearer storefront-token',
      'Content-Type': 'application/json',
    });
    expect(JSON.parse(String(init.body))).toEqual({
      query: String(ProductQuery),
      variables: { id: 5 },
      operationName: 'GetName',
    });
  });

  it('throws GraphQL errors with their partial data, without retrying', async () => {
    const errors = [{ message: 'Not Found: Cart does not exist', path: ['cart', 'deleteCart'] }];
    const { fetch, calls } = fakeFetch(json(200, { data: { cart: null }, errors }));
    const error = await rejection(
      clientWith(fetch).client.request(DeleteMutation, deletion),
      BigCommerceGraphQLError,
    );
    expect(error.errors).toEqual(errors);
    expect(error.data).toEqual({ cart: null });
    expect(error.operationName).toBe('DeleteIt');
    expect(calls).toHaveLength(1);
  });

  it('names the storefront token when it is refused, without retrying', async () => {
    const { fetch, calls } = fakeFetch(json(401, { title: 'Unknown JWT token' }));
    const error = await rejection(
      clientWith(fetch).client.request(ProductQuery, product),
      BigCommerceAuthError,
    );
    expect(error.message).toContain('Unknown JWT token');
    expect(error.message).toContain('BIGCOMMERCE_STOREFRONT_TOKEN');
    expect(calls).toHaveLength(1);
  });

  it('retries a query after 5xx and network failures, up to three tries', async () => {
    const { fetch, calls } = fakeFetch(json(500, {}), new TypeError('Failed to fetch'), json(200, { data }));
    const { client, waits } = clientWith(fetch);
    await expect(client.request(ProductQuery, product)).resolves.toEqual(data);
    expect(calls).toHaveLength(3);
    expect(waits).toHaveLength(2);

    const down = fakeFetch(json(503, { title: 'Service Unavailable' }));
    const error = await rejection(
      clientWith(down.fetch).client.request(ProductQuery, product),
      BigCommerceServerError,
    );
    expect(error).toMatchObject({ reason: 'http', status: 503, attempts: 3 });
    expect(down.calls).toHaveLength(3);
  });

  it('does not resend a mutation that may have reached the store', async () => {
    for (const reply of [json(502, {}), new TypeError('Failed to fetch')]) {
      const { fetch, calls } = fakeFetch(reply, json(200, { data: {} }));
      const error = await rejection(
        clientWith(fetch).client.request(DeleteMutation, deletion),
        BigCommerceServerError,
      );
      expect(error.mayHaveReachedServer).toBe(true);
      expect(calls).toHaveLength(1);
    }
  });

  it('waits as long as a 429 asks, even for a mutation, then gives up with a throttled error', async () => {
    const throttled = json(429, {}, { 'X-Retry-After': '2' });
    const { fetch, calls } = fakeFetch(throttled, json(200, { data: { ok: true } }));
    const { client, waits } = clientWith(fetch);
    await expect(client.request(DeleteMutation, deletion)).resolves.toEqual({ ok: true });
    expect(waits).toEqual([2000]);
    expect(calls).toHaveLength(2);

    const always = fakeFetch(json(429, {}));
    const error = await rejection(
      clientWith(always.fetch).client.request(ProductQuery, product),
      BigCommerceThrottledError,
    );
    expect(error.attempts).toBe(3);
  });

  it('gives up on a reply that is not a GraphQL result', async () => {
    const { fetch, calls } = fakeFetch(new Response('<html>maintenance</html>', { status: 200 }));
    const error = await rejection(
      clientWith(fetch).client.request(ProductQuery, product),
      BigCommerceServerError,
    );
    expect(error.reason).toBe('invalid-response');
    expect(calls).toHaveLength(1);
  });

  it('aborts an attempt that takes too long', async () => {
    const hang = (init: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    const { fetch } = fakeFetch(hang);
    const error = await rejection(
      clientWith(fetch, { timeoutMs: 20, retry: { maxAttempts: 1 } }).client.request(ProductQuery, product),
      BigCommerceServerError,
    );
    expect(error.reason).toBe('timeout');
    expect(error.message).toContain('no reply within 20 ms');
  });
});
