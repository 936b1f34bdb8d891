import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalApi, type LocalStore } from '../../local-store/index';
import { fixtureStore } from './fixture';
import { gqlOk, startFixtureStore } from './helpers';

describe('local store categories, brands, routes and settings', () => {
  let store: LocalStore;
  beforeAll(async () => {
    store = await startFixtureStore();
  });
  afterAll(() => store.stop());

  it('serves the category tree with nested children, counts and images', async () => {
    const { site } = await gqlOk(
      store,
      `{ site { categoryTree { entityId name path productCount hasChildren image { urlOriginal }
          children { name hasChildren children { name path productCount hasChildren children { name } } } } } }`,
    );
    const [plants, seeds, tools] = site.categoryTree;
    expect([plants.name, seeds.name, tools.name]).toEqual(['Plants', 'Seeds', 'Tools']);
    expect(seeds.productCount).toBe(20);
    expect(plants.image.urlOriginal).toMatch(/\/images\/stencil\/original\/categories\/1\/901\/plants\.png$/);
    expect(plants.children[0].children[0]).toEqual({
      name: 'Terrariums',
      path: '/plants/indoor/terrariums/',
      productCount: 1,
      hasChildren: false,
      children: [],
    });
    const sub = await gqlOk(store, '{ site { categoryTree(rootEntityId: 2) { name children { name } } } }');
    expect(sub.site.categoryTree).toEqual([{ name: 'Indoor', children: [{ name: 'Terrariums' }] }]);
  });

  it('sorts a category’s products and gives breadcrumbs', async () => {
    const { site } = await gqlOk(
      store,
      `{ site { category(entityId: 4) {
        name breadcrumbs(depth: 5) { edges { node { name } } }
        products(first: 3, sortBy: HIGHEST_PRICE) { collectionInfo { totalItems } edges { node { name } } }
      } } }`,
    );
    expect(site.category.products.collectionInfo.totalItems).toBe(20);
    expect(site.category.products.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual([
      'Seed Packet 20',
      'Seed Packet 19',
      'Seed Packet 18',
    ]);
    const plants = await gqlOk(
      store,
      `{ site { category(entityId: 1) { low: products(sortBy: LOWEST_PRICE) { edges { node { name } } }
        high: products(sortBy: HIGHEST_PRICE) { edges { node { name } } } } } }`,
    );
    // The unpriced cabinet sorts last whichever way prices run.
    expect(plants.site.category.low.edges.at(-1).node.name).toBe('Heritage Cabinet');
    expect(plants.site.category.high.edges.at(-1).node.name).toBe('Heritage Cabinet');
    const deep = await gqlOk(
      store,
      '{ site { category(entityId: 3) { breadcrumbs(depth: 10) { edges { node { name path } } } } } }',
    );
    expect(
      deep.site.category.breadcrumbs.edges.map((edge: { node: { name: string } }) => edge.node.name),
    ).toEqual(['Plants', 'Indoor', 'Terrariums']);
  });

  it('lists brands alphabetically with their products', async () => {
    const { site } = await gqlOk(
      store,
      `{ site { brands { edges { node { entityId name path defaultImage { altText } seo { pageTitle }
        products { collectionInfo { totalItems } } } } } brand(entityId: 1) { name } } }`,
    );
    const names = site.brands.edges.map((edge: { node: { name: string } }) => edge.node.name);
    expect(names).toEqual(['Knot & Co', 'Orbit', 'Sprout']);
    expect(site.brands.edges[1].node).toMatchObject({
      path: '/brands/orbit/',
      defaultImage: { altText: 'orbit logo' },
    });
    expect(site.brands.edges[2].node.products.collectionInfo.totalItems).toBe(20);
    expect(site.brand.name).toBe('Orbit');
  });

  it('resolves routes and global ids to nodes', async () => {
    const { site } = await gqlOk(
      store,
      `{ site {
        p: route(path: "/orbit-terrarium/") { node { __typename id ... on Product { entityId } } }
        c: route(path: "/plants/indoor") { node { __typename ... on Category { entityId } } }
        b: route(path: "/brands/sprout/") { node { __typename ... on Brand { name } } }
        none: route(path: "/secret-sample/") { node { id } redirect { toUrl } }
      } }`,
    );
    expect(site.p.node).toMatchObject({ __typename: 'Product', entityId: 1 });
    expect(Buffer.from(site.p.node.id, 'base64').toString()).toBe('Product:1');
    expect(site.c.node).toEqual({ __typename: 'Category', entityId: 2 });
    expect(site.b.node).toEqual({ __typename: 'Brand', name: 'Sprout' });
    expect(site.none).toEqual({ node: null, redirect: null });
    const { node } = await gqlOk(store, 'query($id: ID!) { node(id: $id) { ... on Product { name } } }', {
      id: site.p.node.id,
    });
    expect(node.name).toBe('Orbit Terrarium');
  });

  it('reports settings and active currencies', async () => {
    const { site } = await gqlOk(
      store,
      `{ site { settings { storeName storeHash status channelId url { vanityUrl cdnUrl checkoutUrl } }
        currencies { edges { node { code isTransactional exchangeRate display { symbol symbolPlacement decimalPlaces } } } }
        currency(currencyCode: EUR) { name } } }`,
    );
    expect(site.settings).toMatchObject({
      storeName: 'Fixture Greenhouse',
      storeHash: 'fixture01',
      status: 'LAUNCHED',
      channelId: 1,
    });
    expect(site.settings.url.vanityUrl).toBe(store.url);
    expect(site.currencies.edges.map((edge: { node: { code: string } }) => edge.node.code)).toEqual([
      'USD',
      'EUR',
      'JPY',
    ]);
    expect(site.currency.name).toBe('Euro');
  });

  it('refuses a catalog whose currencies the schema cannot name', () => {
    const data = fixtureStore();
    data.currencies[1].code = 'XTS';
    expect(() => createLocalApi(data, { origin: 'http://127.0.0.1:1' })).toThrow(
      /Currency XTS is not in the currencyCode enum/,
    );
    const noDefault = fixtureStore();
    noDefault.settings.defaultCurrency = 'GBP';
    expect(() => createLocalApi(noDefault, { origin: 'http://127.0.0.1:1' })).toThrow(/Default currency GBP/);
  });
});
