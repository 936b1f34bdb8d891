import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { sampleStore } from '../../local-store/data/sample';
import { FILTERS, SEARCH_BUNDLE_PATH, SORTS } from '../../src/lib/search/contract';
import { loadPagefind, type PagefindApi } from '../support/pagefind';
import { subtreeIds } from './built-pages';

const site = inject('site');
const store = sampleStore();
const visible = store.products.filter((product) => product.isVisible);
const bundleDir = path.join(site.distDir, SEARCH_BUNDLE_PATH);
let pagefind: PagefindApi;

/** The URLs of a search's results, best first (all of them: the sample is small). */
async function urls(query: string | null, options?: Parameters<PagefindApi['search']>[1]) {
  const { results } = await pagefind.search(query, options);
  return Promise.all(results.map(async (result) => (await result.data()).url));
}

beforeAll(async () => {
  pagefind = await loadPagefind(bundleDir, `${site.origin}${SEARCH_BUNDLE_PATH}`);
});

describe('the search index of the sample store', () => {
  it('is built into the site, with the records it was built from removed and out of the sitemap', async () => {
    const files = await readdir(bundleDir);
    expect(files).toContain('pagefind.js');
    expect(files).not.toContain('records');
    const sitemaps = (await readdir(site.distDir)).filter((file) => file.startsWith('sitemap'));
    for (const file of sitemaps) {
      expect(await readFile(path.join(site.distDir, file), 'utf8')).not.toContain(SEARCH_BUNDLE_PATH);
    }
  });

  it('holds every visible product once, each under both sort keys', async () => {
    const all = await urls(null, { filters: { [FILTERS.type]: 'product' } });
    expect(all.sort()).toEqual(visible.map((product) => product.path).sort());
    for (const sort of Object.values(SORTS)) {
      const sorted = await urls(null, { filters: { [FILTERS.type]: 'product' }, sort: { [sort]: 'asc' } });
      expect(sorted, sort).toHaveLength(visible.length);
    }
  });

  it('finds a product first by its exact SKU and by each of its variants’ SKUs', async () => {
    for (const product of visible) {
      for (const sku of [product.sku, ...product.variants.map((variant) => variant.sku)]) {
        expect((await urls(sku))[0], sku).toBe(product.path);
      }
    }
  });

  it('finds a product by its name, its brand and a word of its description', async () => {
    for (const product of visible) expect((await urls(product.name))[0], product.name).toBe(product.path);
    for (const brand of store.brands) {
      const products = visible.filter((product) => product.brandId === brand.entityId);
      expect(await urls(brand.name), brand.name).toEqual(expect.arrayContaining(products.map((p) => p.path)));
    }
    const ramekin = visible.find((product) => product.name === 'Crème Brûlée Ramekin')!;
    expect(ramekin.description).toContain('caramel');
    expect(await urls('caramel')).toEqual([ramekin.path]);
  });

  it('finds a name with accents whether the query has them or not', async () => {
    const ramekin = visible.find((product) => product.name === 'Crème Brûlée Ramekin')!;
    for (const query of ['creme brulee', 'crème', 'CREME BRÛLÉE', 'brulee ramekin']) {
      expect((await urls(query))[0], query).toBe(ramekin.path);
    }
  });

  it('counts each brand’s products, and each category’s with its whole subtree', async () => {
    const filters = await pagefind.filters();
    for (const brand of store.brands) {
      const count = visible.filter((product) => product.brandId === brand.entityId).length;
      expect(filters[FILTERS.brand][brand.name] ?? 0, brand.name).toBe(count);
    }
    for (const category of store.categories) {
      const sameName = store.categories.filter((other) => other.name === category.name);
      const ids = new Set(sameName.flatMap((each) => [...subtreeIds(store, each.entityId)]));
      const count = visible.filter((product) => product.categoryIds.some((id) => ids.has(id))).length;
      expect(filters[FILTERS.category][category.name] ?? 0, category.name).toBe(count);
    }
  });

  it('sorts by the lowest price, products without a price last', async () => {
    const { results } = await pagefind.search(null, {
      filters: { [FILTERS.type]: 'product' },
      sort: { [SORTS.price]: 'asc' },
    });
    const prices = await Promise.all(results.map(async (result) => (await result.data()).meta.price));
    const amounts = prices.map((text) => Number(/[\d,.]+/.exec(text)?.[0].replace(/,/g, '') ?? Infinity));
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
    expect(prices.at(-1)).toBe('Price on request');
  });
});
