import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleStore } from '../../local-store/data/sample';
import type { StoreData } from '../../local-store/data/types';
import { exportCatalog, type CatalogExport } from '../../src/lib/catalog/export';
import { startStore, testClient, visibleProducts, type TestStore } from './local-store';

describe('exportCatalog against the sample store', () => {
  const data: StoreData = sampleStore();
  const logged: string[] = [];
  let store: TestStore;
  let catalog: CatalogExport;

  beforeAll(async () => {
    store = await startStore(data);
    const { client } = testClient(store);
    catalog = await exportCatalog(client, {
      logger: { info: (line) => logged.push(line), warn: (line) => logged.push(`WARN ${line}`) },
    });
  });
  afterAll(() => store?.stop());

  it('exports every visible product once, in the store order, and no hidden one', () => {
    expect(catalog.products.map((product) => product.id)).toEqual(
      visibleProducts(data).map((p) => p.entityId),
    );
  });

  it('keeps all 120 variants of the product that has them', () => {
    const big = visibleProducts(data).find((product) => product.variants.length >= 120);
    expect(big, 'the sample store should have a product with 120 variants').toBeDefined();
    const exported = catalog.products.find((product) => product.id === big!.entityId)!;
    expect(exported.variants.map((variant) => variant.id)).toEqual(
      big!.variants.map((variant) => variant.entityId),
    );
    for (const variant of exported.variants) {
      const record = big!.variants.find((candidate) => candidate.entityId === variant.id)!;
      expect([...variant.optionValueIds].sort()).toEqual([...record.optionValueIds].sort());
    }
  });

  it('keeps every option value, image, custom field and category of every product', () => {
    const known = new Set(data.categories.map((category) => category.entityId));
    for (const record of visibleProducts(data)) {
      const product = catalog.products.find((candidate) => candidate.id === record.entityId)!;
      expect(product.images).toHaveLength(record.images.length);
      expect(product.customFields).toEqual(record.customFields.map(({ name, value }) => ({ name, value })));
      expect(product.categoryIds.sort()).toEqual(record.categoryIds.filter((id) => known.has(id)).sort());
      const recordValues = record.options.flatMap((option) =>
        option.kind === 'MultipleChoice' ? option.values.map((value) => value.entityId) : [],
      );
      const values = product.options.flatMap((option) =>
        option.kind === 'multiple-choice' ? option.values.map((value) => value.id) : [],
      );
      expect(values).toEqual(recordValues);
    }
  });

  it('exports the GTIN, MPN, UPC and condition of every product and variant that has them, and no others', () => {
    const pick = ({ gtin, mpn, upc }: { gtin?: string; mpn?: string; upc?: string }) => ({ gtin, mpn, upc });
    for (const record of visibleProducts(data)) {
      const product = catalog.products.find((candidate) => candidate.id === record.entityId)!;
      expect(pick(product), record.name).toEqual(pick(record));
      expect(product.condition, record.name).toBe(record.condition);
      product.variants.forEach((variant, i) => expect(pick(variant)).toEqual(pick(record.variants[i])));
    }
    const products = catalog.products;
    expect(products.some((product) => product.gtin)).toBe(true);
    expect(products.some((product) => product.variants.some((variant) => variant.upc))).toBe(true);
  });

  it('exports the whole category tree and every brand', () => {
    expect(catalog.categories.map((category) => category.id).sort()).toEqual(
      data.categories.map((category) => category.entityId).sort(),
    );
    for (const category of catalog.categories) {
      const record = data.categories.find((candidate) => candidate.entityId === category.id)!;
      expect(category.parentId).toBe(record.parentId);
      expect(category.path).toBe(record.path);
    }
    expect(catalog.brands.map((brand) => brand.id).sort()).toEqual(
      data.brands.map((brand) => brand.entityId).sort(),
    );
  });

  it('exports prices in minor units, and null for a product without a price', () => {
    for (const record of visibleProducts(data)) {
      const product = catalog.products.find((candidate) => candidate.id === record.entityId)!;
      if (record.price === null) expect(product.prices).toBeNull();
      else expect(product.prices?.price.currency).toBe(data.settings.defaultCurrency);
    }
  });

  it('exports the store settings with featured and newest products that exist', () => {
    expect(catalog.settings.storeName).toBe(data.settings.storeName);
    expect(catalog.settings.currency.code).toBe(data.settings.defaultCurrency);
    const ids = new Set(catalog.products.map((product) => product.id));
    expect(catalog.settings.featuredIds.length).toBeGreaterThan(0);
    expect(catalog.settings.featuredIds.every((id) => ids.has(id))).toBe(true);
    expect(catalog.settings.newestIds.every((id) => ids.has(id))).toBe(true);
  });

  it('logs progress and a summary with counts and time taken', () => {
    const total = visibleProducts(data).length;
    expect(logged).toContain(
      `catalog: ${total.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} products`,
    );
    expect(logged.join('\n')).toMatch(
      new RegExp(
        `exported ${total.toLocaleString('en-US')} products \\(.*variants.*\\), \\d+ categories and \\d+ brands in [\\d.]+ s`,
      ),
    );
    expect(catalog.report.counts.products).toBe(total);
  });
});
