import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseFaultConfig, type LocalStore } from '../../local-store/index';
import { gql, startFixtureStore } from './helpers';

const query = '{ site { products(first: 4) { edges { node { entityId prices { price { value } } } } } } }';

describe('local store fault injection', () => {
  let store: LocalStore;
  beforeEach(async () => {
    store = await startFixtureStore();
  });
  afterEach(() => store.stop());

  it('adds latency to every GraphQL reply', async () => {
    store.setFaults({ latencyMs: 150 });
    const started = performance.now();
    expect((await gql(store, query)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it.each([
    ['both', { 'x-retry-after': '3', 'x-rate-limit-time-reset-ms': '2500' }],
    ['retry-after', { 'x-retry-after': '3', 'x-rate-limit-time-reset-ms': null }],
    ['reset-ms', { 'x-retry-after': null, 'x-rate-limit-time-reset-ms': '2500' }],
    ['none', { 'x-retry-after': null, 'x-rate-limit-time-reset-ms': null }],
  ] as const)('throttles the next N requests with 429 and %s header(s)', async (header, expected) => {
    store.setFaults({ throttle: { count: 2, header, retryAfterSeconds: 3, resetMs: 2500 } });
    for (let attempt = 0; attempt < 2; attempt++) {
      const reply = await gql(store, query);
      expect(reply.status).toBe(429);
      for (const [name, value] of Object.entries(expected)) expect(reply.headers.get(name)).toBe(value);
    }
    expect((await gql(store, query)).status).toBe(200);
    expect(store.requestCount()).toBe(3);
  });

  it('answers the next N requests with HTTP 500', async () => {
    store.setFaults({ serverErrors: 1 });
    expect((await gql(store, query)).status).toBe(500);
    expect((await gql(store, query)).status).toBe(200);
  });

  it('dies after K more requests: connections close with no response, images included', async () => {
    store.setFaults({ dieAfter: 1 });
    expect((await gql(store, query)).status).toBe(200);
    await expect(gql(store, query)).rejects.toThrow();
    await expect(
      fetch(`${store.url}/images/stencil/10w/products/1/11/orbit-terrarium.png`),
    ).rejects.toThrow();
    store.setFaults({});
    expect((await gql(store, query)).status).toBe(200);
  });

  it('answers 200 with errors beside partial data for the next N requests', async () => {
    store.setFaults({ graphqlErrors: 1 });
    const reply = await gql(store, query);
    expect(reply.status).toBe(200);
    const products = reply.data.site.products.edges.map((edge: { node: { prices: unknown } }) => edge.node);
    expect(products.filter((product: { prices: unknown }) => product.prices === null)).toHaveLength(2);
    expect(products.every((product: { entityId: number }) => typeof product.entityId === 'number')).toBe(
      true,
    );
    expect(reply.errors?.[0].path).toEqual(['site', 'products', 'edges', 0, 'node', 'prices']);
    const next = await gql(store, query);
    expect(next.errors).toBeUndefined();
  });

  it('reports an error even when the query touches no fault-prone field', async () => {
    store.setFaults({ graphqlErrors: 1 });
    const reply = await gql(store, '{ site { settings { storeName } } }');
    expect(reply.data.site.settings.storeName).toBe('Fixture Greenhouse');
    expect(reply.errors).toHaveLength(1);
  });

  it('validates fault configs (as read from LOCAL_STORE_FAULTS)', () => {
    expect(
      parseFaultConfig(JSON.parse('{"serverErrors":2,"throttle":{"count":1,"header":"reset-ms"}}')),
    ).toMatchObject({
      serverErrors: 2,
      throttle: { count: 1, header: 'reset-ms' },
    });
    expect(() => parseFaultConfig({ serverErrors: -1 })).toThrow(/serverErrors/);
    expect(() => parseFaultConfig({ throttle: { count: 1, header: 'sometimes' } })).toThrow(
      /throttle.header/,
    );
  });
});

describe('faults given at start-up', () => {
  it('apply from the first request', async () => {
    const store = await startFixtureStore({ faults: { serverErrors: 1 } });
    try {
      expect((await gql(store, '{ site { settings { storeName } } }')).status).toBe(500);
    } finally {
      await store.stop();
    }
  });
});
