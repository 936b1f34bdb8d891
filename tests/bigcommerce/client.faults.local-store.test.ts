/** The real client against the local store's injected faults: throttling, 500s, partial errors, dying. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStore } from '../../local-store';
import { BigCommerceGraphQLError, BigCommerceServerError } from '../../src/lib/bigcommerce/errors';
import {
  countRequests,
  localClient,
  ProductPricesQuery,
  StoreNameQuery,
  type LocalStore,
  useLocalStore,
  type ProductPrices,
} from './local-store-client';

const store = useLocalStore();

describe('client against a faulty local store', () => {
  it('waits out 429s that send X-Retry-After, then succeeds', async () => {
    store().setFaults({ throttle: { count: 2, header: 'retry-after', retryAfterSeconds: 1 } });
    const waits: number[] = [];
    const { client } = localClient(store(), {
      retry: { baseDelayMs: 5, sleep: async (ms) => void waits.push(ms) },
    });
    const { outcome, requests } = await countRequests(store(), () => client.request(StoreNameQuery));
    expect(outcome).toEqual({ site: { settings: { storeName: expect.any(String) } } });
    expect(waits).toEqual([1000, 1000]);
    expect(requests).toBe(3);
  });

  it('waits out 429s that send X-Rate-Limit-Time-Reset-Ms, then succeeds', async () => {
    store().setFaults({ throttle: { count: 1, header: 'reset-ms', resetMs: 60 } });
    const { client, retries } = localClient(store());
    const started = Date.now();
    const { outcome, requests } = await countRequests(store(), () => client.request(StoreNameQuery));
    expect(outcome).toHaveProperty('site.settings.storeName');
    expect(retries.map((retry) => retry.delayMs)).toEqual([60]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(60);
    expect(requests).toBe(2);
  });

  it('waits the longer of the two headers when a 429 sends both', async () => {
    store().setFaults({ throttle: { count: 1, header: 'both', retryAfterSeconds: 1, resetMs: 1500 } });
    const waits: number[] = [];
    const { client } = localClient(store(), { retry: { sleep: async (ms) => void waits.push(ms) } });
    await client.request(StoreNameQuery);
    expect(waits).toEqual([1500]);
  });

  it('backs off after 429s without headers, then succeeds', async () => {
    store().setFaults({ throttle: { count: 3, header: 'none' } });
    const { client, retries } = localClient(store());
    const { outcome, requests } = await countRequests(store(), () => client.request(StoreNameQuery));
    expect(outcome).toHaveProperty('site.settings.storeName');
    expect(requests).toBe(4);
    retries.forEach(({ delayMs, error }, index) => {
      expect(error.kind).toBe('throttled');
      expect(delayMs).toBeGreaterThanOrEqual(0);
      expect(delayMs).toBeLessThan(5 * 2 ** index);
    });
  });

  it('retries a 500 and succeeds', async () => {
    store().setFaults({ serverErrors: 2 });
    const { client, retries } = localClient(store());
    const { outcome, requests } = await countRequests(store(), () => client.request(StoreNameQuery));
    expect(outcome).toHaveProperty('site.settings.storeName');
    expect(requests).toBe(3);
    expect(retries.map(({ error }) => (error as BigCommerceServerError).status)).toEqual([500, 500]);
  });

  it('reports GraphQL errors with their paths and keeps the partial data, without retrying', async () => {
    store().setFaults({ graphqlErrors: 1 });
    const { client } = localClient(store());
    const { outcome, requests } = await countRequests(store(), () => client.request(ProductPricesQuery));
    expect(outcome).toBeInstanceOf(BigCommerceGraphQLError);
    const { errors, message, data } = outcome as BigCommerceGraphQLError;
    const priceError = errors.find((error) => error.path?.at(-1) === 'prices');
    expect(priceError, 'an error on a product price').toBeDefined();
    const [site, products, edges, index] = priceError!.path!;
    expect([site, products, edges]).toEqual(['site', 'products', 'edges']);
    expect(message).toContain(`site.products.edges.${index}.node.prices: ${priceError!.message}`);
    const partial = (data as ProductPrices).site.products.edges;
    expect(partial[Number(index)].node).toEqual({ entityId: expect.any(Number), prices: null });
    expect(requests).toBe(1);

    const healthy = await client.request(ProductPricesQuery);
    expect(healthy.site.products.edges.every(({ node }) => node.prices !== null)).toBe(true);
  });
});

describe('client against a store that dies', () => {
  let dying: LocalStore;
  beforeAll(async () => {
    dying = await startLocalStore();
  });
  afterAll(() => dying?.stop());

  it('ends in a server error naming the endpoint once the retries are spent', async () => {
    dying.setFaults({ dieAfter: 1 });
    const { client, retries } = localClient(dying, {
      retry: { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20 },
    });
    await expect(client.request(StoreNameQuery)).resolves.toHaveProperty('site.settings.storeName');

    const error = await client.request(StoreNameQuery).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BigCommerceServerError);
    const serverError = error as BigCommerceServerError;
    expect(serverError.attempts).toBe(4);
    expect(serverError.message).toContain(dying.graphqlUrl);
    expect(serverError.message).toMatch(/down or unreachable.*after 4 attempts/);
    expect(retries).toHaveLength(3);
  });
});
