import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { sampleStore } from '../../local-store/data/sample';
import { isLegacyFilePath } from '../../src/lib/routes/site-paths';
import { formatMoney } from '../../src/lib/money';

const site = inject('site');
const store = sampleStore();
const visible = store.products.filter((product) => product.isVisible);
const pages = new Map<string, string>();

// Where a static host finds the page for a URL path: `a/b/index.html`, or the file of a legacy `.html` path.
const pageFile = (urlPath: string) =>
  (isLegacyFilePath(urlPath) ? urlPath : path.join(urlPath, 'index.html')).replace(/^\//, '');
const pageAt = (urlPath: string) => pages.get(pageFile(urlPath));

function jsonLdOf(html: string): Record<string, unknown>[] {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  return blocks.flatMap((block) => [JSON.parse(block[1])].flat());
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

beforeAll(async () => {
  for (const file of await readdir(site.distDir, { recursive: true })) {
    if (file.endsWith('.html')) pages.set(file, await readFile(path.join(site.distDir, file), 'utf8'));
  }
});

describe('the sample store build', () => {
  it('renders every visible product on exactly one page, at its BigCommerce path, with its name', () => {
    const productPages = new Map<string, string[]>();
    for (const [file, html] of pages) {
      for (const item of jsonLdOf(html)) {
        if (item['@type'] === 'Product')
          productPages.set(String(item.sku), [...(productPages.get(String(item.sku)) ?? []), file]);
      }
    }
    expect(productPages.size).toBe(visible.length);
    for (const product of visible) {
      expect(productPages.get(product.sku), product.name).toEqual([pageFile(product.path)]);
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
      const offers = jsonLdOf(html).find((item) => item['@type'] === 'Product')!.offers as Record<
        string,
        string
      >;
      const amount = Number(offers.price ?? offers.lowPrice);
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

  it('writes the home page, a 404 page, robots.txt and a sitemap', async () => {
    expect(pageAt('/')).toBeDefined();
    expect(pages.has('404.html')).toBe(true);
    const robots = await readFile(path.join(site.distDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${site.origin}/sitemap-index.xml`);
    const sitemap = await readFile(path.join(site.distDir, 'sitemap-0.xml'), 'utf8');
    for (const product of visible)
      expect(sitemap).toContain(`<loc>${site.origin}${encodeURI(product.path)}</loc>`);
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
