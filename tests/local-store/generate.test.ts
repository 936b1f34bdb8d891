import { describe, expect, it } from 'vitest';
import { generateStore } from '../../local-store/data/generate';
import type { StoreData } from '../../local-store/data/types';
import { catalogViolations } from './invariants';

const store = generateStore({ products: 2_000, seed: 7 });

function depthOf(path: string): number {
  return path.split('/').length - 2;
}

function variantCounts(data: StoreData): number[] {
  return data.products.map((product) => product.variants.length);
}

describe('generated benchmark catalog', () => {
  it('breaks none of the catalog invariants', () => {
    expect(catalogViolations(store)).toEqual([]);
  });

  it('is identical for the same seed and different for another seed', () => {
    expect(JSON.stringify(generateStore({ products: 2_000, seed: 7 }))).toBe(JSON.stringify(store));
    const other = generateStore({ products: 2_000, seed: 8 });
    expect(other.products.map((product) => product.name)).not.toEqual(
      store.products.map((product) => product.name),
    );
    expect(catalogViolations(other)).toEqual([]);
  });

  it('has exactly the number of products asked for', () => {
    expect(store.products).toHaveLength(2_000);
    expect(generateStore({ products: 1, seed: 3 }).products).toHaveLength(1);
    expect(generateStore({ products: 0 }).products).toHaveLength(0);
    expect(() => generateStore({ products: -1 })).toThrow(RangeError);
    expect(() => generateStore({ products: 2.5 })).toThrow(RangeError);
  });

  it('has about 50 categories in 3 levels and about 40 brands', () => {
    expect(store.categories.length).toBeGreaterThanOrEqual(40);
    expect(store.categories.length).toBeLessThanOrEqual(60);
    expect(new Set(store.categories.map((category) => depthOf(category.path)))).toEqual(new Set([1, 2, 3]));
    expect(store.brands).toHaveLength(40);
  });

  it('mixes simple products with 1–30 variant products and a few over 50', () => {
    const counts = variantCounts(generateStore({ products: 5_000, seed: 11 }));
    expect(counts.filter((count) => count === 1).length).toBeGreaterThan(1_000);
    expect(counts.filter((count) => count > 1 && count <= 30).length).toBeGreaterThan(2_000);
    const large = counts.filter((count) => count > 50).length;
    expect(large).toBeGreaterThan(0);
    expect(large).toBeLessThan(100);
  });

  it('has sale prices, retail prices, out-of-stock variants and images like a real catalog', () => {
    const visible = store.products.filter((product) => product.isVisible);
    expect(visible.filter((product) => product.salePrice !== undefined).length).toBeGreaterThan(100);
    expect(visible.filter((product) => product.retailPrice !== undefined).length).toBeGreaterThan(100);
    expect(visible.flatMap((product) => product.variants).some((variant) => variant.stock === 0)).toBe(true);
    expect(visible.filter((product) => product.images.length > 0).length).toBeGreaterThan(1_800);
    expect(new Set(visible.map((product) => product.path)).size).toBe(visible.length);
  });

  it('gives most products and variants a GTIN, a third of the products an MPN, and some nothing', () => {
    const barcoded = (product: (typeof store.products)[number]) =>
      product.variants.every((variant) => variant.gtin !== undefined);
    const share = (count: number) => count / store.products.length;
    expect(share(store.products.filter(barcoded).length)).toBeCloseTo(0.75, 1);
    expect(share(store.products.filter((product) => product.mpn).length)).toBeCloseTo(0.33, 1);
    expect(store.products.filter((product) => product.variants.every((v) => !v.gtin)).length).toBeGreaterThan(
      300,
    );
  });
});

describe('catalog invariant checks', () => {
  const breakages: [string, (data: StoreData) => void, RegExp][] = [
    ['a missing variant', (data) => data.products[0].variants.pop(), /combinations/],
    ['a dangling category', (data) => data.products[0].categoryIds.push(999_999), /unknown category/],
    ['a dangling related product', (data) => data.products[0].relatedProductIds.push(999_999), /bad related/],
    ['a repeated SKU', (data) => (data.products[1].sku = data.products[0].sku), /duplicate product SKU/],
    [
      'a path shared with a category',
      (data) => (data.products[0].path = data.categories[0].path),
      /route path/,
    ],
    ['a sale price above the price', (data) => (data.products[0].salePrice = 1e6), /sale price/],
    [
      'a variant with another product’s value',
      (data) =>
        (data.products[0].variants[0].optionValueIds = [...data.products[1].variants[0].optionValueIds, 1]),
      /one value of each variant option/,
    ],
    [
      'a GTIN with a wrong check digit',
      (data) => (data.products[0].variants[0].gtin = '4006381333932'),
      /bad GTIN/,
    ],
    [
      'a barcode on two variants',
      (data) => (data.products[1].variants[0].gtin = data.products[0].variants[0].gtin),
      /duplicate GTIN/,
    ],
  ];

  it.each(breakages)('report %s', (_, breakCatalog, expected) => {
    const data = generateStore({ products: 50, seed: 5 });
    data.products[0].price = 20;
    breakCatalog(data);
    expect(catalogViolations(data).join('\n')).toMatch(expected);
  });
});
