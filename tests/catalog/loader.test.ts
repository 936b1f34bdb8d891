import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateStore } from '../../local-store/data/generate';
import { firstFullBody } from '../../scripts/bench/catalog-changes';
import { previousCatalogOf } from '../../src/lib/catalog/catalog-cache';
import { CatalogExportError } from '../../src/lib/catalog/errors';
import {
  CATALOG_COLLECTIONS as COLLECTIONS,
  placedEntryId,
  PRODUCT_SNAPSHOT_ENTRY_ID,
  type CatalogCollection,
} from '../../src/lib/catalog/collections';
import { exportCatalog } from '../../src/lib/catalog/export';
import { bigcommerceLoader } from '../../src/lib/catalog/loader';
import type { ProductSnapshotRef } from '../../src/lib/catalog/schema';
import {
  DEV_PRODUCT_SNAPSHOT_FILE,
  productSnapshotPathFrom,
  readProductSnapshot,
} from '../../src/lib/catalog/product-snapshot-file';
import { startStore, testClient, type TestStore } from './local-store';

interface Entry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
}

/** An in-memory stand-in for one collection's slice of Astro's data store. */
function fakeContext(
  collection: CatalogCollection,
  entries = new Map<string, Entry>(),
  meta = new Map<string, string>(),
) {
  const logged: string[] = [];
  const context = {
    collection,
    store: {
      get: (id: string) => entries.get(id),
      entries: () => [...entries.entries()],
      values: () => [...entries.values()],
      keys: () => [...entries.keys()],
      has: (id: string) => entries.has(id),
      delete: (id: string) => void entries.delete(id),
      clear: () => entries.clear(),
      set: (entry: Entry) => {
        if (entry.digest && entries.get(entry.id)?.digest === entry.digest) return false;
        entries.set(entry.id, entry);
        return true;
      },
      addModuleImport: () => {},
    },
    meta: {
      get: (key: string) => meta.get(key),
      set: (key: string, value: string) => void meta.set(key, value),
      has: (key: string) => meta.has(key),
      delete: (key: string) => void meta.delete(key),
    },
    logger: { info: (line: string) => logged.push(line), warn: (line: string) => logged.push(line) },
    generateDigest: (data: unknown) =>
      createHash('sha1')
        .update(typeof data === 'string' ? data : JSON.stringify(data))
        .digest('hex'),
  } as unknown as LoaderContext;
  return { context, entries, meta, logged };
}

// The build cache folder the loaders write the product snapshot into, one per test file.
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'loader-test-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
const snapshotFile = () => productSnapshotPathFrom({ STOREFRONT_CACHE_DIR: cacheDir });

/** The products the snapshot named by a products collection's entries holds. */
const snapshotProducts = (entries: Map<string, Entry>) =>
  readProductSnapshot({ STOREFRONT_CACHE_DIR: cacheDir }, entries.get(PRODUCT_SNAPSHOT_ENTRY_ID)?.data);

describe('bigcommerceLoader', () => {
  let store: TestStore;
  const states = new Map(
    COLLECTIONS.map((name) => [name, { entries: new Map<string, Entry>(), meta: new Map<string, string>() }]),
  );

  const syncAll = async () => {
    const contexts = COLLECTIONS.map((name) =>
      fakeContext(name, states.get(name)!.entries, states.get(name)!.meta),
    );
    await Promise.all(
      contexts.map((ctx, i) => bigcommerceLoader({ collection: COLLECTIONS[i] }).load(ctx.context)),
    );
    return contexts;
  };

  beforeAll(async () => {
    store = await startStore();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    store.setFaults({});
  });
  afterAll(() => store?.stop());

  const configure = () => {
    vi.stubEnv('STOREFRONT_CACHE_DIR', cacheDir);
    vi.stubEnv('BIGCOMMERCE_STORE_HASH', '');
    vi.stubEnv('BIGCOMMERCE_GRAPHQL_URL', store.graphqlUrl);
    vi.stubEnv('BIGCOMMERCE_PRIVATE_TOKEN', store.privateToken);
  };

  it('fills all four collections from a single export of the store', async () => {
    configure();
    const before = store.requestCount();
    await syncAll();
    const oneSync = store.requestCount() - before;
    await syncAll();
    expect(store.requestCount() - before).toBe(oneSync * 2);

    // The products collection holds only the name of the snapshot file the products went to.
    const { entries: products } = states.get('products')!;
    expect([...products.keys()]).toEqual([PRODUCT_SNAPSHOT_ENTRY_ID]);
    expect(snapshotProducts(products).length).toBeGreaterThan(50);
    expect([...states.get('settings')!.entries.keys()]).toEqual(['store']);
    expect(states.get('categories')!.entries.size).toBeGreaterThan(5);
    expect(states.get('brands')!.entries.size).toBeGreaterThan(1);
  });

  it('leaves unchanged entries alone, says so, and deletes entries gone from the store', async () => {
    configure();
    const stale = { id: placedEntryId(999, 999999), data: { id: 999999 }, digest: 'old' };
    states.get('categories')!.entries.set(stale.id, stale);
    states.get('products')!.entries.set('0000000077', { id: '0000000077', data: { id: 77 } });
    const contexts = await syncAll();
    expect(states.get('categories')!.entries.has(stale.id)).toBe(false);
    expect(contexts[1].logged.at(-1)).toMatch(/\d+ entries: 0 new or changed, 1 removed/);
    // An entry of a product, as the store held them before the snapshot: gone.
    expect([...states.get('products')!.entries.keys()]).toEqual([PRODUCT_SNAPSHOT_ENTRY_ID]);

    const again = await syncAll();
    expect(again[0].logged.at(-1)).toMatch(/^\d+ products written to catalog-products\.v8$/);
    for (const ctx of again.slice(1))
      expect(ctx.logged.at(-1), `${ctx.context.collection}: ${ctx.logged.join(' | ')}`).toMatch(
        /unchanged since the last build/,
      );
    expect(JSON.parse(states.get('brands')!.meta.get('counts')!)).toMatchObject({ changed: 0, removed: 0 });
  });

  it('follows the store when it reorders its catalog, though no entry changed', async () => {
    configure();
    await syncAll();
    const { entries } = states.get('categories')!;
    const storeOrder = [...entries.keys()];
    // The data store as a previous build left it: the same entries and digests, in the opposite order.
    const previous = [...entries.values()].reverse();
    entries.clear();
    for (const entry of previous) entries.set(entry.id, entry);

    await syncAll();
    expect([...entries.keys()]).toEqual(storeOrder);
  });

  it('records the build-hook send the catalog holds, and keeps it through a full export without a body', async () => {
    configure();
    const recorded = () => {
      const { entries, meta } = states.get('products')!;
      return previousCatalogOf(fakeContext('products', entries, meta).context, {
        STOREFRONT_CACHE_DIR: cacheDir,
      }).sequence;
    };
    vi.stubEnv('INCOMING_HOOK_BODY', JSON.stringify({ ...firstFullBody, sequence: 7, since: 7 }));
    await syncAll();
    expect(recorded()).toBe(7);
    vi.stubEnv('INCOMING_HOOK_BODY', '');
    await syncAll();
    expect(recorded()).toBe(7);
    vi.stubEnv('BIGCOMMERCE_GRAPHQL_URL', `${store.url}/graphql?other`);
    await syncAll();
    expect(recorded()).toBeUndefined();
  });

  it('fails the build and leaves the stored catalog untouched when the export fails', async () => {
    configure();
    const before = new Map(states.get('products')!.entries);
    const snapshotBefore = readFileSync(snapshotFile());
    store.setFaults({ graphqlErrors: 1 });
    const contexts = COLLECTIONS.map((name) =>
      fakeContext(name, states.get(name)!.entries, states.get(name)!.meta),
    );
    const results = await Promise.allSettled(
      contexts.map((ctx, i) => bigcommerceLoader({ collection: COLLECTIONS[i] }).load(ctx.context)),
    );
    for (const result of results) {
      expect(result.status).toBe('rejected');
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(CatalogExportError);
    }
    expect(states.get('products')!.entries).toEqual(before);
    expect(readFileSync(snapshotFile()).equals(snapshotBefore)).toBe(true);
  });

  it('exports in full, saying why, when the product snapshot is not the one the store names', async () => {
    configure();
    const edit = (sequence: number, ids: number[]) =>
      vi.stubEnv(
        'INCOMING_HOOK_BODY',
        JSON.stringify({
          ...firstFullBody,
          reason: 'webhook',
          full: false,
          sequence,
          since: sequence - 1,
          products: ids,
        }),
      );
    vi.stubEnv('INCOMING_HOOK_BODY', JSON.stringify(firstFullBody));
    await syncAll();
    const { entries } = states.get('products')!;
    const products = snapshotProducts(entries);
    edit(2, [products[0].id]);
    const intact = await syncAll();
    expect(intact[0].logged).toContainEqual(expect.stringMatching(/^catalog: incremental export/));

    // A file the data store does not name, as when the two come from different caches.
    writeFileSync(snapshotFile(), 'not a snapshot');
    edit(3, [products[0].id]);
    const broken = await syncAll();
    expect(broken[0].logged).toContainEqual(
      `catalog: full export, because the cached catalog is unreadable (${snapshotFile()} is not the snapshot the data store names)`,
    );
    expect(snapshotProducts(entries)).toEqual(products);
  });

  it('writes astro dev’s products to a file of their own, leaving the build’s snapshot alone', async () => {
    configure();
    await syncAll();
    const built = readFileSync(snapshotFile());
    const { context, entries } = fakeContext('products');
    (context as { watcher?: object }).watcher = {};
    await bigcommerceLoader({ collection: 'products' }).load(context);
    const ref = entries.get(PRODUCT_SNAPSHOT_ENTRY_ID)?.data as ProductSnapshotRef;
    expect(ref.file).toBe(DEV_PRODUCT_SNAPSHOT_FILE);
    expect(snapshotProducts(entries).length).toBe(ref.count);
    expect(readFileSync(snapshotFile()).equals(built)).toBe(true);
  });

  it('tells the user how to build when no store is configured', async () => {
    vi.stubEnv('BIGCOMMERCE_STORE_HASH', '');
    vi.stubEnv('BIGCOMMERCE_GRAPHQL_URL', '');
    vi.stubEnv('BIGCOMMERCE_PRIVATE_TOKEN', '');
    vi.stubEnv('BIGCOMMERCE_STOREFRONT_TOKEN', '');
    const { context } = fakeContext('products');
    await expect(bigcommerceLoader({ collection: 'products' }).load(context)).rejects.toThrow(
      /npm run build.*npm start/,
    );
  });
});

describe('catalog entry ids', () => {
  it('keep catalog order in a data store sorted by id, as Astro saves it', async () => {
    // Ids from 77 to 136, and brands listed by name: sorted as text, 100 would come before 77.
    const data = generateStore({ products: 60, seed: 1 });
    const generated = await startStore(data);
    try {
      vi.stubEnv('STOREFRONT_CACHE_DIR', cacheDir);
      vi.stubEnv('BIGCOMMERCE_STORE_HASH', '');
      vi.stubEnv('BIGCOMMERCE_GRAPHQL_URL', generated.graphqlUrl);
      vi.stubEnv('BIGCOMMERCE_PRIVATE_TOKEN', generated.privateToken);
      const contexts = COLLECTIONS.map((name) => fakeContext(name));
      await Promise.all(
        contexts.map((ctx, i) => bigcommerceLoader({ collection: COLLECTIONS[i] }).load(ctx.context)),
      );
      // Astro 7.3 saves each collection's entries sorted by id (`localeCompare`); pages read them so.
      const saved = (name: CatalogCollection) =>
        [...contexts[COLLECTIONS.indexOf(name)].entries.values()]
          .sort((a, b) => a.id.localeCompare(b.id))
          .map((entry) => (entry.data as { id: number }).id);
      const exported = await exportCatalog(testClient(generated).client);
      const snapshot = snapshotProducts(contexts[COLLECTIONS.indexOf('products')].entries);
      expect(snapshot.map((product) => product.id)).toEqual(exported.products.map((product) => product.id));
      expect(snapshot.map((product) => product.id)).toContain(100);
      expect(saved('categories')).toEqual(exported.categories.map((category) => category.id));
      expect(saved('brands')).toEqual(exported.brands.map((brand) => brand.id));
    } finally {
      vi.unstubAllEnvs();
      await generated.stop();
    }
  });

  it('orders place ids by place, whatever the length of the id after it', () => {
    const placed = [31, 5, 1200].map((id, position) => placedEntryId(position, id));
    expect([...placed].reverse().sort((a, b) => a.localeCompare(b))).toEqual(placed);
  });
});
