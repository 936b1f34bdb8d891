import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStore } from '../../local-store/index';
import { ids } from './fixture';
import { cursorIndex, gql, gqlOk, startFixtureStore } from './helpers';

const PAGE = `query Page($first: Int, $after: String, $last: Int, $before: String, $hide: Boolean) {
  site { products(first: $first, after: $after, last: $last, before: $before, hideOutOfStock: $hide) {
    collectionInfo { totalItems }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { entityId name } }
  } }
}`;

type PageData = {
  site: {
    products: {
      edges: { node: { entityId: number } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  };
};

describe('local store catalog lists', () => {
  let store: LocalStore;
  beforeAll(async () => {
    store = await startFixtureStore();
  });
  afterAll(() => store.stop());

  it('pages 10 products by default with arrayconnection cursors and the total', async () => {
    const { site } = await gqlOk(store, PAGE);
    const { edges, pageInfo, collectionInfo } = site.products;
    expect(edges).toHaveLength(10);
    expect(collectionInfo.totalItems).toBe(27);
    expect(Buffer.from(edges[0].cursor, 'base64').toString()).toBe('arrayconnection:0');
    expect(pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: edges[9].cursor });
  });

  it('walks every visible product exactly once by following endCursor', async () => {
    const seen: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { site }: PageData = await gqlOk(store, PAGE, { first: 8, after });
      seen.push(...site.products.edges.map((edge) => edge.node.entityId));
      if (!site.products.pageInfo.hasNextPage) break;
      after = site.products.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(27);
    expect(new Set(seen).size).toBe(27);
    expect(seen).not.toContain(ids.hidden);
  });

  it('pages backwards with last/before', async () => {
    const { site: all } = await gqlOk(store, PAGE, { first: 27 });
    const before = all.products.edges[20].cursor;
    const { site } = await gqlOk(store, PAGE, { last: 3, before });
    expect(site.products.edges.map((edge: { cursor: string }) => cursorIndex(edge.cursor))).toEqual([
      17, 18, 19,
    ]);
    expect(site.products.pageInfo.hasPreviousPage).toBe(true);
  });

  it('refuses more than 50 products with BigCommerce’s message, a path and HTTP 200', async () => {
    const reply = await gql(store, PAGE, { first: 51 });
    expect(reply.status).toBe(200);
    expect(reply.errors?.[0]).toMatchObject({
      message: "Argument 'first' cannot exceed 50",
      path: ['site', 'products'],
    });
    const brands = await gql(store, '{ site { brands(first: 60) { edges { node { name } } } } }');
    expect(brands.errors?.[0].message).toBe("Argument 'first' cannot exceed 50");
  });

  it('hides out-of-stock products on request', async () => {
    const { site } = await gqlOk(store, PAGE, { first: 50, hide: true });
    // Seed packets 1, 6, 11, 16 have no stock; everything else is in stock or untracked.
    expect(site.products.collectionInfo.totalItems).toBe(23);
    const names = site.products.edges.map((edge: { node: { name: string } }) => edge.node.name);
    expect(names).not.toContain('Seed Packet 01');
    expect(names).toContain('Seed Packet 02');
  });

  it('filters by entityIds, skipping hidden and unknown ids', async () => {
    const { site } = await gqlOk(
      store,
      '{ site { products(entityIds: [8, 7, 1, 999]) { edges { node { entityId } } } } }',
    );
    expect(site.products.edges.map((edge: { node: { entityId: number } }) => edge.node.entityId)).toEqual([
      1, 8,
    ]);
  });

  it('lists newest, featured and best-selling products', async () => {
    const { site } = await gqlOk(
      store,
      `{ site {
        newestProducts(first: 2) { edges { node { entityId } } }
        featuredProducts { edges { node { name } } }
        bestSellingProducts(first: 1) { edges { node { name } } }
      } }`,
    );
    expect(site.featuredProducts.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual([
      'Orbit Terrarium',
    ]);
    expect(site.newestProducts.edges).toHaveLength(2);
    expect(site.bestSellingProducts.edges[0].node.name).toBe('Orbit Terrarium');
  });
});
