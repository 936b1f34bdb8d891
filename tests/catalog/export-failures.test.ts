import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sampleStore } from '../../local-store/data/sample';
import { CatalogExportError } from '../../src/lib/catalog/errors';
import { exportCatalog } from '../../src/lib/catalog/export';
import { startStore, testClient, visibleProducts, type TestStore } from './local-store';

const data = sampleStore();

async function failure(run: Promise<unknown>): Promise<CatalogExportError> {
  const outcome = await run.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  expect(outcome, 'the export should have failed and returned nothing').not.toHaveProperty('value');
  const { error } = outcome as { error: unknown };
  expect(error).toBeInstanceOf(CatalogExportError);
  return error as CatalogExportError;
}

describe('exportCatalog when the store misbehaves', () => {
  let store: TestStore;

  beforeAll(async () => {
    store = await startStore(data);
  });
  afterEach(() => store.setFaults({}));
  afterAll(() => store?.stop());

  it('survives throttling and server errors by retrying', async () => {
    store.setFaults({ throttle: { count: 3, header: 'reset-ms', resetMs: 1 }, serverErrors: 2 });
    const { client, stats } = testClient(store);
    const catalog = await exportCatalog(client);
    expect(stats.retries).toBeGreaterThanOrEqual(5);
    expect(catalog.products).toHaveLength(visibleProducts(data).length);
  });

  it('fails as "auth" when the token is refused', async () => {
    const { client } = testClient(store, { token: 'not-a-token' });
    const error = await failure(exportCatalog(client));
    expect(error.failure).toBe('auth');
    expect(error.message).toMatch(/^Catalog export failed \(auth\): .*token/);
  });

  it('fails as "throttling" when every retry is throttled', async () => {
    store.setFaults({ throttle: { count: 1_000, header: 'none' } });
    const { client } = testClient(store, { maxAttempts: 3 });
    const error = await failure(exportCatalog(client));
    expect(error.failure).toBe('throttling');
    expect(error.message).toContain('429');
  });

  it('fails as "store down" when the store dies midway, publishing nothing', async () => {
    store.setFaults({ dieAfter: 25 });
    const { client } = testClient(store, { maxAttempts: 2 });
    const error = await failure(exportCatalog(client));
    expect(error.failure).toBe('store down');
    expect(error.message).toMatch(/Nothing was published\.$/);
  });

  it('fails as "store down" when 500s outlast the retries', async () => {
    store.setFaults({ serverErrors: 1_000 });
    const { client } = testClient(store, { maxAttempts: 2 });
    expect((await failure(exportCatalog(client))).failure).toBe('store down');
  });

  it('fails as "bad data" when the store answers with GraphQL errors', async () => {
    store.setFaults({ graphqlErrors: 1 });
    const { client } = testClient(store);
    const error = await failure(exportCatalog(client));
    expect(error.failure).toBe('bad data');
    expect(error.message).toMatch(/^Catalog export failed \(bad data\): BigCommerce rejected Get\w+Query/);
  });

  it('fails as "bad data" naming both claimants when a product and a category share a path', async () => {
    const clashing = sampleStore();
    const product = clashing.products.find((candidate) => candidate.isVisible)!;
    const category = clashing.categories[0];
    product.path = category.path;
    const other = await startStore(clashing);
    try {
      const error = await failure(exportCatalog(testClient(other).client));
      expect(error.failure).toBe('bad data');
      expect(error.message).toContain(
        `Path ${category.path} is claimed by category ${category.entityId} ${JSON.stringify(category.name)} ` +
          `and product ${product.entityId} ${JSON.stringify(product.name)}`,
      );
    } finally {
      await other.stop();
    }
  });

  it('fails as "bad data" naming the product and field of a record that does not fit the model', async () => {
    const broken = sampleStore();
    const product = broken.products.find((candidate) => candidate.isVisible)!;
    product.path = '/no-trailing-slash';
    const other = await startStore(broken);
    try {
      const error = await failure(exportCatalog(testClient(other).client));
      expect(error.failure).toBe('bad data');
      expect(error.message).toContain(
        `product ${product.entityId} ${JSON.stringify(product.name)}: field path`,
      );
    } finally {
      await other.stop();
    }
  });
});
