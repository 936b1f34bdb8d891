import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStore } from '../../local-store/index';
import { DocumentCache } from '../../local-store/core/document-cache';
import { localSchema } from '../../local-store/core/schema';
import { gql, startFixtureStore } from './helpers';

const complexityOf = (headers: Headers) => Number(headers.get('x-bc-graphql-complexity'));

// Each test uses its own query texts (a comment makes them unique), so its first request is not a cache hit.
describe('repeated query texts (parsed and validated once)', () => {
  let store: LocalStore;
  beforeAll(async () => {
    store = await startFixtureStore();
  });
  afterAll(() => store.stop());

  it('answers an invalid query with the same errors every time', async () => {
    const unknownField = '# invalid-repeat\n{ site { products { edges { node { nope } } } } }';
    const first = await gql(store, unknownField);
    const again = await gql(store, unknownField);
    expect(first.errors?.[0].message).toMatch(/^Cannot query field "nope" on type "Product"/);
    expect(again.status).toBe(first.status);
    expect(again.errors).toEqual(first.errors);
    expect(again.data).toBeUndefined();

    const broken = '# syntax-repeat\n{ site { products( } }';
    const firstBroken = await gql(store, broken);
    expect(firstBroken.errors?.[0].message).toMatch(/^Syntax Error/);
    expect((await gql(store, broken)).errors).toEqual(firstBroken.errors);
  });

  it('measures and answers each request by its own variables', async () => {
    const page = `# variables-repeat
      query Page($n: Int) { site { products(first: $n) { edges { node { entityId name } } } } }`;
    const two = await gql(store, page, { n: 2 });
    const six = await gql(store, page, { n: 6 });
    const twoAgain = await gql(store, page, { n: 2 });
    expect(two.data.site.products.edges).toHaveLength(2);
    expect(six.data.site.products.edges).toHaveLength(6);
    expect(complexityOf(six.headers)).toBeGreaterThan(complexityOf(two.headers));
    expect(twoAgain.data).toEqual(two.data);
    expect(complexityOf(twoAgain.headers)).toBe(complexityOf(two.headers));
  });

  it('refuses an over-complex request but not a small one of the same text', async () => {
    const nested = `# complexity-repeat
      query Nested($n: Int) { site { products(first: $n) { edges { node { variants(first: $n) { edges {
        node { productOptions(first: $n) { edges { node { displayName } } } } } } } } } } }`;
    const small = await gql(store, nested, { n: 2 });
    const huge = await gql(store, nested, { n: 50 });
    const smallAgain = await gql(store, nested, { n: 2 });
    expect(small.errors).toBeUndefined();
    expect(huge.errors?.[0].message).toMatch(/too complex/);
    expect(complexityOf(huge.headers)).toBeGreaterThan(10_000);
    expect(smallAgain.errors).toBeUndefined();
    expect(smallAgain.data).toEqual(small.data);
  });

  it('picks the operation by each request’s operationName', async () => {
    const twoOperations = `# operations-repeat
      query Name { site { settings { storeName } } }
      query First { site { products(first: 1) { edges { node { entityId } } } } }`;
    const post = async (operationName?: string) => {
      const response = await fetch(store.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${store.privateToken}` },
        body: JSON.stringify({ query: twoOperations, operationName }),
      });
      return (await response.json()) as { data?: { site: Record<string, unknown> }; errors?: unknown[] };
    };
    expect((await post('Name')).data?.site).toEqual({ settings: { storeName: 'Fixture Greenhouse' } });
    expect((await post('First')).data?.site).toHaveProperty('products');
    expect((await post()).errors).toHaveLength(1);
    expect((await post('Name')).data?.site).toEqual({ settings: { storeName: 'Fixture Greenhouse' } });
  });
});

describe('DocumentCache', () => {
  it('holds at most its capacity, dropping the least recently used text', () => {
    const cache = new DocumentCache(localSchema(), 2);
    const a = cache.prepare('{ site { settings { storeName } } }');
    const b = cache.prepare('{ site { brands { edges { node { name } } } } }');
    expect(cache.prepare('{ site { settings { storeName } } }')).toBe(a);
    cache.prepare('{ site { categoryTree { name } } }');
    expect(cache.size).toBe(2);
    expect(cache.prepare('{ site { settings { storeName } } }')).toBe(a);
    const bAgain = cache.prepare('{ site { brands { edges { node { name } } } } }');
    expect(bAgain).not.toBe(b);
    expect(bAgain.ok).toBe(true);
  });
});
