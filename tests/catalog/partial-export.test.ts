import { beforeAll, describe, expect, it } from 'vitest';
import { generateStore } from '../../local-store/data/generate';
import type { StoreData } from '../../local-store/data/types';
import {
  categoryRenamed,
  priceChange,
  productAdded,
  productDeleted,
  productMoved,
  type CatalogChange,
} from '../../scripts/bench/catalog-changes';
import { createClient } from '../../src/lib/bigcommerce/client';
import { exportCatalog, type CatalogExport } from '../../src/lib/catalog/export';
import { cacheIdentity } from '../../src/lib/catalog/export-plan';
import { exportChanges, exportForBuild, type PreviousCatalog } from '../../src/lib/catalog/partial-export';
import { testClient, type TestStore } from './local-store';
import { samePortStores } from '../support/same-port-store';

const base: StoreData = generateStore({ products: 80, seed: 3 });
let previous: CatalogExport;

/** The catalog as the data store hands it back: plain data, round-tripped; from the first send unless told. */
const cached = (
  catalog: CatalogExport,
  identity?: object,
  sequence: number | 'none' = 1,
): PreviousCatalog => {
  const products = JSON.parse(JSON.stringify(catalog.products)) as CatalogExport['products'];
  return {
    identity: identity && JSON.stringify(identity),
    categoryIds: catalog.categories.map((category) => category.id),
    sequence: sequence === 'none' ? undefined : sequence,
    products: () => products,
  };
};
const withoutReport = ({ report: _report, ...catalog }: CatalogExport) =>
  JSON.parse(JSON.stringify(catalog)) as unknown;

// Image URLs carry the store's origin: every store of this file serves on one port.

const withStore = samePortStores();

beforeAll(async () => {
  previous = await withStore(base, (store) => exportCatalog(testClient(store).client));
});

describe('an incremental export', () => {
  it.each(
    [priceChange, productAdded, productDeleted, productMoved, categoryRenamed].map((make) => make(base)),
  )('gives the catalog a full export gives, after a $name', async (change: CatalogChange) => {
    await withStore(change.data, async (store) => {
      const full = await exportCatalog(testClient(store).client);
      const { client, operations } = recordingClient(store);
      const merged = await exportChanges(client, cached(previous), change.body, { logger: silent });
      expect(typeof merged, String(merged)).toBe('object');
      expect(withoutReport(merged as CatalogExport)).toEqual(withoutReport(full));
      // The product list is asked for the named products only, never in full.
      const named = change.body.products;
      expect(operations.filter((op) => LIST_QUERIES.includes(op.name))).toEqual(
        named.length ? [{ name: 'GetProductsQuery', entityIds: named }] : [],
      );
    });
  });

  it('refuses to merge when a category is new to the tree, since its products may be unnamed', async () => {
    const data = structuredClone(base);
    const top = data.categories.find((category) => category.parentId === null)!;
    data.categories.push({
      ...structuredClone(top),
      entityId: 9999,
      name: 'New',
      path: '/new/',
      sortOrder: 99,
    });
    await withStore(data, async (store) => {
      const request = priceChange(base).body;
      expect(
        await exportChanges(testClient(store).client, cached(previous), request, { logger: silent }),
      ).toBe('category 9999 is new to the category tree');
    });
  });
});

const silent = { info() {}, warn() {} };

/** The product-list queries. */
const LIST_QUERIES = ['GetProductsQuery'];

/** A client that notes each request's operation and the product ids it names. */
function recordingClient(store: TestStore) {
  const operations: { name: string; entityIds?: number[] }[] = [];
  const client = createClient({
    endpoint: store.graphqlUrl,
    token: store.privateToken,
    fetch: (input, init) => {
      const { query, variables } = JSON.parse(String(init?.body)) as {
        query: string;
        variables?: { entityIds?: number[] };
      };
      const name = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'anonymous';
      operations.push(LIST_QUERIES.includes(name) ? { name, entityIds: variables?.entityIds } : { name });
      return fetch(input, init);
    },
  });
  return { client, operations };
}

describe('the build export', () => {
  const changed = priceChange(base);
  const body = JSON.stringify(changed.body);
  const identityOf = (store: TestStore) => cacheIdentity({ endpoint: store.graphqlUrl, channelId: 1 });
  /** Runs the build's export against `store`, the cache recorded under `identity` (and `sequence`); its log and requests. */
  const run = async (
    store: TestStore,
    body: string | undefined,
    identity: object | undefined,
    sequence?: number | 'none',
  ) => {
    const lines: string[] = [];
    const logger = { info: (line: string) => lines.push(line), warn: (line: string) => lines.push(line) };
    const before = store.requestCount();
    const built = await exportForBuild(testClient(store).client, {
      body,
      identity: identityOf(store),
      previous: () => Promise.resolve(cached(previous, identity, sequence)),
      logger,
    });
    return { ...built, lines, requests: store.requestCount() - before };
  };

  it('exports only the named products when the body and the cache allow, and logs the body and why', () =>
    withStore(changed.data, async (store) => {
      const incremental = await run(store, body, identityOf(store));
      const full = await run(store, undefined, identityOf(store));
      expect(withoutReport(incremental.catalog)).toEqual(withoutReport(full.catalog));
      expect(incremental.lines[0]).toBe(
        'catalog: build-hook body: webhook: 1 product, 0 categories, 0 SKUs (store/product/updated; 1 delivery; send 2, changes counted from send 1)',
      );
      expect(incremental.lines[1]).toMatch(
        /^catalog: incremental export, because the build-hook body names 1/,
      );
      expect(full.lines[0]).toBe('catalog: full export, because no build-hook body');
      expect(incremental.requests).toBeLessThan(full.requests);
      expect([incremental.bodySequence, full.bodySequence]).toEqual([2, undefined]);
    }));

  it('exports in full, saying why, when the cache is older than the send the body counts from, or records none', () =>
    withStore(changed.data, async (store) => {
      const later = JSON.stringify({ ...changed.body, sequence: 5, since: 4 });
      const behind = await run(store, later, identityOf(store), 3);
      expect(behind.lines[1]).toBe(
        'catalog: full export, because the cached catalog holds the changes up to send 3, and the body names only those from send 4 on',
      );
      const cold = await run(store, body, identityOf(store), 'none');
      expect(cold.lines[1]).toBe(
        'catalog: full export, because the cached catalog records no build-hook send, so which changes it holds is unknown',
      );
      const full = await run(store, undefined, identityOf(store));
      for (const built of [behind, cold]) {
        expect(withoutReport(built.catalog)).toEqual(withoutReport(full.catalog));
        expect(built.requests).toBe(full.requests);
      }
      expect([behind.bodySequence, cold.bodySequence]).toEqual([5, 2]);
    }));

  it('exports in full, saying why, when the cache is of another store, another schema or unreadable', () =>
    withStore(changed.data, async (store) => {
      const other = await run(store, body, {
        ...identityOf(store),
        endpoint: 'https://store-abc.example/graphql',
      });
      expect(other.lines[1]).toBe(
        `catalog: full export, because the cached catalog is from https://store-abc.example/graphql, this build reads ${store.graphqlUrl} (cold build)`,
      );
      const schema = await run(store, body, { ...identityOf(store), schema: 'older' });
      expect(schema.lines[1]).toMatch(/another schema version \(cold build\)$/);
      const none = await run(store, body, undefined);
      expect(none.lines[1]).toMatch(/no catalog is cached from a previous build \(cold build\)$/);
    }));

  it('exports in full when the body asks for it or is not a rebuild request', () =>
    withStore(changed.data, async (store) => {
      const safetyNet = JSON.stringify({ ...changed.body, full: true, reason: 'safety-net' });
      const full = await run(store, safetyNet, identityOf(store));
      expect(full.lines[1]).toBe(
        'catalog: full export, because the build-hook body asks for the whole catalog (safety-net)',
      );
      const junk = await run(store, '{"version":1}', identityOf(store));
      expect(junk.lines[0]).toMatch(
        /^catalog: full export, because the build-hook body is not a rebuild request/,
      );
    }));
});
