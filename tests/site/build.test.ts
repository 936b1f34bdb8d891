import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { sampleStore } from '../../local-store/data/sample';
import { formatMoney } from '../../src/lib/money';
import {
  cardLinks,
  escapeHtml,
  headingOf,
  jsonLdOf,
  listingPagesOf,
  pageFile,
  readPages,
  relLink,
  subcategoryCounts,
  subtreeIds,
  textOf,
} from './built-pages';

const site = inject('site');
const store = sampleStore();
const visible = store.products.filter((product) => product.isVisible);
let pages = new Map<string, string>();
const pageAt = (urlPath: string) => pages.get(pageFile(urlPath));
const dollars = (amount: number) => formatMoney({ amount: Math.round(amount * 100), currency: 'USD' });

const listingPages = (firstPath: string) => listingPagesOf(pageAt, firstPath);
const listed = (firstPath: string) => listingPages(firstPath).flatMap((page) => cardLinks(page.html));
const pathsOf = (products: typeof visible) => products.map((product) => product.path).sort();
const inSubtree = (categoryId: number) => {
  const ids = subtreeIds(store, categoryId);
  return visible.filter((product) => product.categoryIds.some((id) => ids.has(id)));
};

beforeAll(async () => {
  pages = await readPages(site.distDir);
});

describe('the sample store build', () => {
  it('renders every visible product on exactly one page, at its BigCommerce path, with its name', () => {
    const productPages = new Map<string, string[]>();
    for (const [file, html] of pages) {
      for (const item of jsonLdOf(html)) {
        const sku = item['@type'] === 'ProductGroup' ? item.productGroupID : item.sku;
        if (item['@type'] === 'Product' || item['@type'] === 'ProductGroup')
          productPages.set(String(sku), [...(productPages.get(String(sku)) ?? []), file]);
      }
    }
    // Google cannot list a product without an image, or without both a price and reviews: it has no markup.
    const unlisted = visible.filter(
      (product) =>
        product.images.length === 0 ||
        (product.price === null && product.reviewSummary.numberOfReviews === 0),
    );
    expect(unlisted.length).toBeGreaterThan(0);
    expect(productPages.size).toBe(visible.length - unlisted.length);
    for (const product of visible) {
      const expected = unlisted.includes(product) ? undefined : [pageFile(product.path)];
      expect(productPages.get(product.sku), product.name).toEqual(expected);
      expect(pageAt(product.path)).toContain(escapeHtml(product.name));
    }
  });

  it('shows each product its price, or "Price on request"', () => {
    for (const product of visible) {
      const html = pageAt(product.path)!;
      if (product.price === null) {
        expect(html, product.name).toContain('Price on request');
        continue;
      }
      const amount = Number(/<meta property="product:price:amount" content="([^"]+)"/.exec(html)?.[1]);
      expect(amount, product.name).toBeGreaterThan(0);
      expect(html, product.name).toContain(
        formatMoney({ amount: Math.round(amount * 100), currency: 'USD' }),
      );
    }
  });

  it('never publishes the hidden product', () => {
    const hidden = store.products.filter((product) => !product.isVisible);
    expect(hidden.length).toBeGreaterThan(0);
    for (const product of hidden) expect(pageAt(product.path)).toBeUndefined();
  });

  it('renders every category and brand page, and the brands index', () => {
    for (const category of store.categories)
      expect(pageAt(category.path), category.path).toContain(escapeHtml(category.name));
    for (const brand of store.brands)
      expect(pageAt(brand.path), brand.path).toContain(escapeHtml(brand.name));
    const index = pageAt('/brands/')!;
    for (const brand of store.brands) expect(index).toContain(`href="${brand.path}"`);
  });

  it('lists every page of the catalog in the sitemap, later listing pages included, and no 404, cart or search', async () => {
    const index = await readFile(path.join(site.distDir, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`<loc>${site.origin}/sitemap-0.xml</loc>`);
    const sitemap = await readFile(path.join(site.distDir, 'sitemap-0.xml'), 'utf8');
    const locs = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]));
    const expected = ['/', '/brands/', '/kitchen/page/2/', '/garden/page/2/', ...pathsOf(visible)];
    for (const { path: urlPath } of [...store.categories, ...store.brands]) expected.push(urlPath);
    for (const urlPath of expected) expect(locs, urlPath).toContain(`${site.origin}${encodeURI(urlPath)}`);
    expect([...locs].filter((loc) => new URL(loc).pathname.includes('404'))).toEqual([]);
    expect(locs).not.toContain(`${site.origin}/cart/`);
    expect(locs).not.toContain(`${site.origin}/search/`);
  });

  it('tells crawlers they may crawl everything and where the sitemap is', async () => {
    const robots = await readFile(path.join(site.distDir, 'robots.txt'), 'utf8');
    expect(robots.split('\n')).toEqual(
      expect.arrayContaining(['User-agent: *', 'Allow: /', `Sitemap: ${site.origin}/sitemap-index.xml`]),
    );
  });

  it('answers an unknown address with the not-found page and a way back', async () => {
    const response = await fetch(`${site.origin}/no-such-page/`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toBe(pages.get('404.html'));
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(headingOf(html)).not.toBe('');
    expect(html).toContain('href="/"');
    for (const category of store.categories.filter((each) => each.parentId === null))
      expect(html).toContain(`href="${category.path}"`);
  });

  it('serves products and brands on the legacy URL format at their exact `.html` paths, linked as such', async () => {
    const legacyProducts = visible.filter((product) => product.path.endsWith('.html'));
    const legacyBrands = store.brands.filter((brand) => brand.path.endsWith('.html'));
    expect(legacyProducts.length).toBeGreaterThan(0);
    expect(legacyBrands.length).toBeGreaterThan(0);
    const sitemap = await readFile(path.join(site.distDir, 'sitemap-0.xml'), 'utf8');
    for (const { path: urlPath } of [...legacyProducts, ...legacyBrands]) {
      // A file, not a folder a static host would redirect to with a trailing slash.
      expect((await stat(path.join(site.distDir, urlPath))).isFile(), urlPath).toBe(true);
      const response = await fetch(`${site.origin}${urlPath}`, { redirect: 'manual' });
      expect(response.status, urlPath).toBe(200);
      expect(await response.text()).toContain(`<link rel="canonical" href="${site.origin}${urlPath}"`);
      expect(sitemap).toContain(`<loc>${site.origin}${urlPath}</loc>`);
    }
    for (const product of legacyProducts) {
      const listing = pageAt(store.categories.find((c) => product.categoryIds.includes(c.entityId))!.path)!;
      expect(listing).toContain(`href="${product.path}"`);
    }
  });

  it('lets no server-only secret reach the output', async () => {
    const secrets = Object.entries(site.secrets);
    expect(secrets.length).toBeGreaterThanOrEqual(4);
    for (const file of await readdir(site.distDir, { recursive: true })) {
      const content = await readFile(path.join(site.distDir, file)).catch(() => undefined);
      if (!content) continue;
      const text = content.toString('latin1');
      for (const [name, value] of secrets) expect(text.includes(value), `${name} in ${file}`).toBe(false);
    }
  });
});

describe('what a shopper sees in the sample store', () => {
  const kitchen = store.categories.find((category) => category.path === '/kitchen/')!;
  const careKit = visible.find((product) => product.path === '/cast-iron-care-kit/')!;

  it('shows a product page with its name, price and a place to add it to the cart', () => {
    const html = pageAt(careKit.path)!;
    expect(headingOf(html)).toBe(careKit.name);
    expect(textOf(html)).toContain(dollars(careKit.price!));
    const slot = /data-island-slot="add-to-cart"[\s\S]*?<\/astro-island>/.exec(html)?.[0] ?? '';
    expect(slot).toMatch(/<astro-island [^>]*component-url="[^"]*AddToCart[^"]*"/);
    expect(textOf(slot)).toContain('Add to cart');
  });

  it('lists on a top-level category the products assigned only to its subcategories', () => {
    // The care kit is assigned to Kitchen › Cookware › Cast Iron alone.
    expect(careKit.categoryIds).not.toContain(kitchen.entityId);
    expect(listed(kitchen.path)).toContain(careKit.path);
    for (const top of store.categories.filter((category) => category.parentId === null)) {
      const own = visible.filter((product) => product.categoryIds.includes(top.entityId));
      expect(listed(top.path).length, top.path).toBeGreaterThan(own.length);
    }
  });

  it('lists every product of a category’s subtree exactly once across its pages, with the count', () => {
    for (const category of store.categories) {
      const expected = pathsOf(inSubtree(category.entityId));
      expect([...listed(category.path)].sort(), category.path).toEqual(expected);
      if (expected.length > 0) {
        const noun = expected.length === 1 ? 'product' : 'products';
        expect(textOf(pageAt(category.path)!), category.path).toContain(`${expected.length} ${noun}`);
      }
    }
  });

  it('counts each subcategory link’s whole subtree', () => {
    for (const category of store.categories) {
      const children = store.categories.filter((child) => child.parentId === category.entityId);
      const expected = new Map(children.map((child) => [child.path, inSubtree(child.entityId).length]));
      expect(subcategoryCounts(pageAt(category.path)!), category.path).toEqual(expected);
    }
    expect(subcategoryCounts(pageAt(kitchen.path)!).get('/kitchen/cookware/')).toBeGreaterThan(1);
  });

  it('shows "Nothing here yet" only on a category with no products anywhere below it', () => {
    const empty = store.categories.filter((category) => inSubtree(category.entityId).length === 0);
    expect(empty.map((category) => category.path)).toEqual(['/living/seasonal/']);
    for (const category of store.categories) {
      const says = textOf(pageAt(category.path)!).includes('Nothing here yet');
      expect(says, category.path).toBe(empty.includes(category));
    }
  });

  it('lists each brand’s products on its page', () => {
    for (const brand of store.brands) {
      const html = pageAt(brand.path)!;
      expect(headingOf(html), brand.path).toBe(brand.name);
      const own = visible.filter((product) => product.brandId === brand.entityId);
      expect([...listed(brand.path)].sort(), brand.path).toEqual(pathsOf(own));
    }
  });

  it('pages a long listing at 24, the later page linked both ways and numbered', () => {
    const total = inSubtree(kitchen.entityId).length;
    expect(total).toBeGreaterThan(24);
    const [first, second, ...more] = listingPages(kitchen.path);
    expect(more).toEqual([]);
    expect(second.path).toBe('/kitchen/page/2/');
    expect(cardLinks(first.html)).toHaveLength(24);
    expect(cardLinks(second.html)).toHaveLength(total - 24);
    expect(headingOf(second.html)).toBe(`${kitchen.name} – page 2`);
    expect(textOf(second.html)).toContain(`Showing 25–${total} of ${total} products`);
    expect(relLink(second.html, 'prev')).toBe(kitchen.path);
    expect(pageAt('/kitchen/page/3/')).toBeUndefined();
  });
});
