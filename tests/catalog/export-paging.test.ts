import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateStore } from '../../local-store/data/generate';
import { exportCatalog } from '../../src/lib/catalog/export';
import type { ProductProgress } from '../../src/lib/catalog/export';
import { startStore, testClient, visibleProducts, type TestStore } from './local-store';

describe('exportCatalog paging through a generated store of 260 products', () => {
  const data = generateStore({ products: 260, seed: 7 });
  let store: TestStore;

  beforeAll(async () => {
    store = await startStore(data);
  });
  afterAll(() => store?.stop());

  it('reads every page of products, with bounded concurrency and progress up to the total', async () => {
    const { client, stats } = testClient(store);
    const progress: ProductProgress[] = [];
    const catalog = await exportCatalog(client, {
      concurrency: 3,
      onProgress: (step) => progress.push(step),
    });
    const expected = visibleProducts(data).map((product) => product.entityId);
    expect(expected.length).toBeGreaterThan(200);
    expect(catalog.products.map((product) => product.id)).toEqual(expected);
    expect(stats.peakInFlight).toBe(3);
    expect(progress.at(-1)).toEqual({ done: expected.length, total: expected.length });
  });

  it('keeps every variant of every product', async () => {
    const { client } = testClient(store);
    const catalog = await exportCatalog(client);
    for (const record of visibleProducts(data)) {
      const product = catalog.products.find((candidate) => candidate.id === record.entityId)!;
      expect(product.variants.map((variant) => variant.id)).toEqual(
        record.variants.map((variant) => variant.entityId),
      );
    }
  });
});
