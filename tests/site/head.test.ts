import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { sampleStore } from '../../local-store/data/sample';
import { isLegacyFilePath } from '../../src/lib/routes/site-paths';

const site = inject('site');
const store = sampleStore();
const storeName = store.settings.storeName;

const pageAt = (urlPath: string) =>
  readFile(
    path.join(site.distDir, isLegacyFilePath(urlPath) ? urlPath : path.join(urlPath, 'index.html')),
    'utf8',
  );

// Astro escapes these five in text; the sample's names use all but `<` and `"`.
const unescape = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const titleOf = (html: string) => unescape(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');

describe('the built pages’ head', () => {
  it('titles a brand without a page title "Name - Store", and one with a page title as the merchant typed it', async () => {
    const hearth = store.brands.find((brand) => brand.name === 'Hearth & Iron')!;
    expect(hearth.seo.pageTitle).toBe('');
    expect(await pageAt(hearth.path)).toContain('<title>Hearth &amp; Iron - Orbit &amp; Fern</title>');
    const own = store.brands.find((brand) => brand.name === 'Orbit & Fern')!;
    expect(titleOf(await pageAt(own.path))).toBe('Orbit & Fern Originals');
  });

  it('gives every product, category and brand its merchant’s page title, else "Name - Store"', async () => {
    const records = [
      ...store.products.filter((product) => product.isVisible),
      ...store.categories,
      ...store.brands,
    ];
    const fallbacks = records.filter((record) => !record.seo.pageTitle);
    expect(fallbacks.length).toBeGreaterThan(0);
    for (const record of records) {
      // BigCommerce answers an unset page title with the name, so a title that is just the name is no title.
      const own = record.seo.pageTitle.trim() === record.name ? '' : record.seo.pageTitle.trim();
      expect(titleOf(await pageAt(record.path)), record.path).toBe(own || `${record.name} - ${storeName}`);
    }
  });

  it('describes a product without a meta description by its text: blocks spaced, unsafe parts gone, cut at a word', async () => {
    const descriptionOf = async (name: string) => {
      const product = store.products.find((candidate) => candidate.name === name)!;
      expect(product.seo.metaDescription, name).toBe('');
      const html = await pageAt(product.path);
      return unescape(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '');
    };
    const coldFrame = await descriptionOf('Cedar Cold Frame');
    expect(coldFrame).toMatch(
      /^A greenhouse for the smallest garden The Cedar Cold Frame extends your growing season\b/,
    );
    expect(coldFrame.length).toBeLessThanOrEqual(155);
    expect(coldFrame).toMatch(/ [a-z]+…$/);
    expect(await descriptionOf('Bamboo Serving Tray')).toBe(
      'Moso bamboo tray with raised edges, finished with food-safe oil. See the care guide for oiling tips. Measures 45 × 30 cm.',
    );
  });

  it('gives the 404 page no canonical URL or og:url, and keeps it out of search indexes', async () => {
    const html = await readFile(path.join(site.distDir, '404.html'), 'utf8');
    expect(titleOf(html)).toBe(`Page not found - ${storeName}`);
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('og:url');
    expect(html).toContain('<meta name="robots" content="noindex">');
    const home = await pageAt('/');
    expect(home).toContain(`<link rel="canonical" href="${site.origin}/">`);
    expect(home).toContain(`<meta property="og:url" content="${site.origin}/">`);
  });
});
