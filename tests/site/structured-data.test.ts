import { beforeAll, describe, expect, inject, it } from 'vitest';
import { priceSpan } from '../../local-store/core/prices';
import { sampleStore } from '../../local-store/data/sample';
import type { ProductRecord } from '../../local-store/data/types';
import { structuredDataIssues } from '../support/structured-data';
import { jsonLdOf, pageFile, readPages } from './built-pages';

const site = inject('site');
const store = sampleStore();
const visible = store.products.filter((product) => product.isVisible);
let pages = new Map<string, string>();
const pageAt = (urlPath: string) => pages.get(pageFile(urlPath))!;

type Item = Record<string, unknown>;
const named = (name: string) => visible.find((product) => product.name === name)!;
const itemsOf = (product: ProductRecord, type: string) =>
  jsonLdOf(pageAt(product.path)).filter((item) => item['@type'] === type);
const productMarkup = (product: ProductRecord) =>
  jsonLdOf(pageAt(product.path)).filter((item) =>
    ['Product', 'ProductGroup'].includes(String(item['@type'])),
  );
const metaOf = (html: string, key: string) =>
  [...html.matchAll(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`, 'g'))].map((m) => m[1]);

beforeAll(async () => {
  pages = await readPages(site.distDir);
});

describe('the structured data of the built sample store', () => {
  it('has no error by Google’s rules (@adobe/structured-data-validator) on any product page or the home page', async () => {
    const errors: string[] = [];
    let checked = 0;
    for (const urlPath of ['/', ...visible.map((product) => product.path)]) {
      const items = jsonLdOf(pageAt(urlPath));
      checked += items.length;
      for (const issue of await structuredDataIssues(items)) {
        if (issue.severity === 'ERROR') errors.push(`${urlPath} ${issue.rootType}: ${issue.issueMessage}`);
      }
    }
    expect(errors).toEqual([]);
    expect(checked).toBeGreaterThan(visible.length);
  });

  it('would report a Product without a price, reviews or image (the check can fail)', async () => {
    const issues = await structuredDataIssues([{ '@type': 'Product', name: 'Bare' }]);
    expect(issues.filter((issue) => issue.severity === 'ERROR').length).toBeGreaterThanOrEqual(2);
  });

  it('describes colour × size variants as a ProductGroup of Products, each at its own URL with its price, stock and GTIN', () => {
    const skillet = named('Enamelled Cast Iron Skillet');
    const [group] = itemsOf(skillet, 'ProductGroup');
    expect(group).toMatchObject({
      productGroupID: skillet.sku,
      variesBy: ['https://schema.org/color', 'https://schema.org/size'],
    });
    const variants = group.hasVariant as Item[];
    expect(variants).toHaveLength(skillet.variants.length);
    for (const [i, record] of skillet.variants.entries()) {
      expect(variants[i]).toMatchObject({
        '@type': 'Product',
        sku: record.sku,
        gtin: record.gtin,
        url: `${site.origin}${skillet.path}?sku=${record.sku}`,
        offers: { price: (record.price ?? skillet.price)!.toFixed(2), priceCurrency: 'USD' },
      });
      expect(variants[i]).toHaveProperty('color');
      expect(variants[i]).toHaveProperty('size');
    }
    const soldOut = variants.find((item) => item.sku === 'HI-SKL-INK-28CM')!;
    expect(soldOut.offers).toMatchObject({ availability: 'https://schema.org/OutOfStock' });
  });

  it('publishes a variant’s UPC as its GTIN, and names a capacity as an additional property', () => {
    const [clogs] = itemsOf(named('Fern Garden Clog'), 'ProductGroup');
    const clogVariants = clogs.hasVariant as Item[];
    expect(clogVariants).toHaveLength(120);
    expect(clogVariants.every((item) => /^\d{12}$/.test(String(item.gtin)))).toBe(true);
    const [pot] = itemsOf(named('Cast Iron Dutch Oven'), 'ProductGroup');
    expect(pot.variesBy).toEqual(['https://schema.org/color', 'https://schema.org/additionalProperty']);
    expect((pot.hasVariant as Item[])[0].additionalProperty).toEqual([
      { '@type': 'PropertyValue', name: 'Capacity', value: '3.8 L' },
    ]);
  });

  it('keeps a single-variant product one Product, with its GTIN, MPN and condition when it has them', () => {
    const griddle = named('Seasoned Cast Iron Griddle');
    expect(productMarkup(griddle)).toEqual([
      expect.objectContaining({
        '@type': 'Product',
        sku: griddle.sku,
        gtin: griddle.gtin,
        mpn: griddle.mpn,
        offers: expect.objectContaining({ itemCondition: 'https://schema.org/NewCondition' }),
      }),
    ]);
    const [kit] = productMarkup(named('Cast Iron Care Kit'));
    expect(kit['@type']).toBe('Product');
    expect(kit).not.toHaveProperty('gtin');
    expect(kit).not.toHaveProperty('mpn');
  });

  it('publishes no product markup for a product without a price and reviews, or without an image, and keeps its breadcrumbs', () => {
    for (const name of ['Bespoke Copper Range Hood', 'Glass Cold Brew Bottle']) {
      const product = named(name);
      expect(productMarkup(product), name).toEqual([]);
      expect(itemsOf(product, 'BreadcrumbList'), name).toHaveLength(1);
    }
  });

  it('describes the store on the home page as an Organization and a WebSite', () => {
    const items = jsonLdOf(pageAt('/'));
    const url = `${site.origin}/`;
    expect(items).toEqual([
      expect.objectContaining({ '@type': 'Organization', name: store.settings.storeName, url }),
      expect.objectContaining({ '@type': 'WebSite', name: store.settings.storeName, url }),
    ]);
    // The sample store's logo is text: there is no image to give, so none is made up.
    expect(items[0]).not.toHaveProperty('logo');
  });
});

describe('the social meta of the built sample store', () => {
  it('says the locale on every page, and describes every Twitter image as its Open Graph image', () => {
    for (const [file, html] of pages) {
      expect(metaOf(html, 'og:locale'), file).toEqual(['en_US']);
      expect(metaOf(html, 'twitter:image:alt'), file).toEqual(
        metaOf(html, 'twitter:image').length ? metaOf(html, 'og:image:alt') : [],
      );
    }
    expect(metaOf(pageAt(named('Hand Trowel').path), 'twitter:image:alt')).toEqual(['Hand Trowel']);
  });

  it('gives product pages with a price their price and currency, and others none', () => {
    for (const product of visible) {
      const html = pageAt(product.path);
      if (product.price === null) {
        expect(metaOf(html, 'product:price:amount'), product.name).toEqual([]);
        continue;
      }
      const lowest = priceSpan(product)!.min;
      expect(metaOf(html, 'product:price:amount'), product.name).toEqual([lowest.toFixed(2)]);
      expect(metaOf(html, 'product:price:currency'), product.name).toEqual(['USD']);
    }
    expect(metaOf(pageAt('/'), 'product:price:amount')).toEqual([]);
    expect(metaOf(pageAt('/kitchen/'), 'product:price:amount')).toEqual([]);
  });
});
