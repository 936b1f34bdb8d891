import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStore } from '../../local-store/index';
import { gql, startFixtureStore } from './helpers';

const nestedChildren = (levels: number): string =>
  levels === 0 ? 'name' : `name children { ${nestedChildren(levels - 1)} }`;

describe('local store request limits', () => {
  let store: LocalStore;
  beforeAll(async () => {
    store = await startFixtureStore();
  });
  afterAll(() => store.stop());

  it('reports the complexity score in X-Bc-Graphql-Complexity, growing with nested page sizes', async () => {
    const small = await gql(store, '{ site { products(first: 2) { edges { node { name } } } } }');
    const large = await gql(store, '{ site { products(first: 20) { edges { node { name } } } } }');
    const smallScore = Number(small.headers.get('x-bc-graphql-complexity'));
    const largeScore = Number(large.headers.get('x-bc-graphql-complexity'));
    expect(smallScore).toBeGreaterThan(0);
    expect(largeScore).toBeGreaterThan(smallScore * 5);
    const refused = await gql(store, '{ site { settings { storeName } } }', {}, { token: null });
    expect(refused.headers.get('x-bc-graphql-complexity')).toBe('0');
  });

  it('refuses a query above 10000 with BigCommerce’s message', async () => {
    const reply = await gql(
      store,
      `{ site { products(first: 50) { edges { node { name variants(first: 50) { edges { node {
        sku productOptions(first: 5) { edges { node { displayName } } } } } } } } } } }`,
    );
    const score = Number(reply.headers.get('x-bc-graphql-complexity'));
    expect(reply.status).toBe(200);
    expect(score).toBeGreaterThan(10_000);
    expect(reply.data).toBeUndefined();
    expect(reply.errors?.[0].message).toBe(
      `The query is too complex as it has a complexity score of ${score} out of 10000. Please remove some elements and try again`,
    );
  });

  it('allows nesting to depth 16 and refuses depth 17', async () => {
    // site(1) categoryTree(2) + 13 levels of children + name = depth 16.
    const ok = await gql(store, `{ site { categoryTree { ${nestedChildren(13)} } } }`);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.site.categoryTree[0].children[0].children[0].name).toBe('Terrariums');
    const tooDeep = await gql(store, `{ site { categoryTree { ${nestedChildren(14)} } } }`);
    expect(tooDeep.errors?.[0].message).toMatch(/depth of 17, more than the allowed 16/);
  });

  it('runs only one mutation per request', async () => {
    const line = '{ lineItems: [{ quantity: 1, productEntityId: 2 }] }';
    const reply = await gql(
      store,
      `mutation { cart { a: createCart(input: ${line}) { cart { entityId } } b: createCart(input: ${line}) { cart { entityId } } } }`,
    );
    expect(reply.errors?.[0].message).toMatch(/Only one mutation/);
    expect(reply.data).toBeUndefined();
  });

  it('answers syntax and validation errors with HTTP 200 and errors[]', async () => {
    const syntax = await gql(store, '{ site { ');
    expect(syntax.status).toBe(200);
    expect(syntax.errors?.[0].message).toMatch(/Syntax Error/);
    const unknown = await gql(store, '{ site { search { searchProducts } } }');
    expect(unknown.errors?.[0].message).toMatch(/Cannot query field "search"/);
  });
});
