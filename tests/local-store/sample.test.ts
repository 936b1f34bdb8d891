import { describe, expect, it } from 'vitest';
import { sampleStore } from '../../local-store/data/sample';
import type { MultipleChoiceRecord, ProductRecord } from '../../local-store/data/types';
import { catalogViolations } from './invariants';

const store = sampleStore();
const { products, categories, brands } = store;
const visible = products.filter((product) => product.isVisible);

function named(name: string): ProductRecord {
  const product = products.find((candidate) => candidate.name === name);
  if (!product) throw new Error(`No product named ${name}`);
  return product;
}

function choices(product: ProductRecord): MultipleChoiceRecord[] {
  return product.options.filter((option): option is MultipleChoiceRecord => option.kind === 'MultipleChoice');
}

function depthOf(path: string): number {
  return path.split('/').length - 2;
}

describe('sample store catalog', () => {
  it('breaks none of the catalog invariants', () => {
    expect(catalogViolations(store)).toEqual([]);
  });

  it('is the same catalog on every call', () => {
    expect(JSON.stringify(sampleStore())).toBe(JSON.stringify(store));
  });

  it('has a realistic shop size: 64+ products, 12+ categories in 3 levels, 6+ brands under /brands/', () => {
    expect(visible.length).toBeGreaterThanOrEqual(64);
    expect(categories.length).toBeGreaterThanOrEqual(12);
    expect(new Set(categories.map((category) => depthOf(category.path)))).toEqual(new Set([1, 2, 3]));
    expect(brands.length).toBeGreaterThanOrEqual(6);
    expect(brands.every((brand) => /^\/brands\/[a-z0-9-]+(\/|\.html)$/.test(brand.path))).toBe(true);
    expect(brands.filter((brand) => brand.path.endsWith('.html'))).toHaveLength(1);
  });

  it('uses BigCommerce-style product paths, a few of them nested', () => {
    expect(named('Orbit Terrarium, Large').path).toBe('/orbit-terrarium-large/');
    expect(named('Hand Trowel').path).toBe('/garden/tools/hand-trowel/');
    expect(products.filter((product) => depthOf(product.path) > 1).length).toBeGreaterThanOrEqual(2);
  });

  it('has swatch colours crossed with sizes, with a variant for every combination', () => {
    const skillet = named('Enamelled Cast Iron Skillet');
    const [colour, size] = choices(skillet);
    expect(colour.displayStyle).toBe('Swatch');
    expect(colour.values.every((value) => value.hexColors?.[0]?.startsWith('#'))).toBe(true);
    expect(size.displayStyle).toBe('RectangleBoxList');
    expect(skillet.variants).toHaveLength(colour.values.length * size.values.length);
    const styles = new Set(
      products.flatMap((product) => choices(product).map((option) => option.displayStyle)),
    );
    expect(styles).toEqual(new Set(['Swatch', 'RectangleBoxList', 'DropdownList', 'RadioButtons']));
    const twoColour = products.flatMap(choices).flatMap((option) => option.values);
    expect(twoColour.some((value) => value.hexColors?.length === 2)).toBe(true);
  });

  it('has sold-out and unpurchasable variants, and variant prices that make a price range', () => {
    const variants = visible.flatMap((product) => product.variants);
    expect(variants.filter((variant) => variant.stock === 0).length).toBeGreaterThanOrEqual(3);
    expect(variants.some((variant) => !variant.isPurchasable)).toBe(true);
    const skilletPrices = named('Enamelled Cast Iron Skillet').variants.map((variant) => variant.price);
    expect(Math.min(...(skilletPrices as number[]))).toBeLessThan(Math.max(...(skilletPrices as number[])));
  });

  it('has sale prices below the price and retail prices above it', () => {
    const onSale = visible.filter((product) => product.salePrice !== undefined);
    expect(onSale.length).toBeGreaterThanOrEqual(5);
    expect(onSale.every((product) => (product.salePrice as number) < (product.price as number))).toBe(true);
    const withMsrp = visible.filter((product) => product.retailPrice !== undefined);
    expect(withMsrp.length).toBeGreaterThanOrEqual(5);
    expect(withMsrp.every((product) => (product.retailPrice as number) > (product.price as number))).toBe(
      true,
    );
  });

  it('has every kind of modifier, including a priced non-variant multiple choice', () => {
    const modifiers = visible.flatMap((product) =>
      product.options.filter((option) => option.kind !== 'MultipleChoice' || !option.isVariantOption),
    );
    expect(modifiers.some((option) => option.kind === 'Checkbox')).toBe(true);
    expect(modifiers.some((option) => option.kind === 'TextField' && option.maxLength !== undefined)).toBe(
      true,
    );
    expect(
      modifiers.some((option) => option.kind === 'NumberField' && option.limitNumberBy === 'RANGE'),
    ).toBe(true);
    const adjustments = modifiers.flatMap((option) =>
      option.kind === 'MultipleChoice' ? Object.values(option.priceAdjustments ?? {}) : [],
    );
    expect(adjustments.some((amount) => amount > 0)).toBe(true);
  });

  it('has a product with at least 120 variants, for variant pagination', () => {
    expect(named('Fern Garden Clog').variants.length).toBeGreaterThanOrEqual(120);
  });

  it('covers the availability and pricing edge cases', () => {
    expect(visible.some((product) => product.availability === 'Unavailable')).toBe(true);
    const preorder = visible.find((product) => product.availability === 'Preorder');
    expect(preorder?.preorderReleaseDate?.startsWith('2027-')).toBe(true);
    expect(visible.some((product) => product.price === null)).toBe(true);
    expect(visible.some((product) => product.images.length === 0)).toBe(true);
  });

  it('has barcodes on colour × size variants and on a single-variant product, and products without any', () => {
    const skillet = named('Enamelled Cast Iron Skillet');
    expect(choices(skillet).map((option) => option.displayName)).toEqual(['Colour', 'Size']);
    expect(skillet.variants.every((variant) => variant.gtin)).toBe(true);
    expect(skillet.mpn).toBeDefined();
    const griddle = named('Seasoned Cast Iron Griddle');
    expect(griddle.variants).toHaveLength(1);
    expect(griddle.gtin).toMatch(/^\d{13}$/);
    expect(griddle.variants[0].gtin).toBe(griddle.gtin);
    expect(named('Fern Garden Clog').variants.every((variant) => variant.upc && !variant.gtin)).toBe(true);
    expect(visible.some((product) => product.mpn && !product.gtin)).toBe(true);
    const barcodes = (product: ProductRecord) =>
      [product, ...product.variants].filter((item) => item.gtin || item.upc).length;
    expect(visible.filter((product) => barcodes(product) === 0).length).toBeGreaterThan(20);
  });

  it('sells new goods, and leaves the condition of a made-to-measure product unset', () => {
    expect(visible.filter((product) => product.condition !== 'NEW').map((product) => product.name)).toEqual([
      'Bespoke Copper Range Hood',
    ]);
    expect(named('Bespoke Copper Range Hood')).not.toHaveProperty('condition');
  });

  it('has a long description with paragraphs, lists and a table', () => {
    const long = visible.find((product) => product.description.includes('<table'));
    expect(long?.description.match(/<p>/g)?.length).toBeGreaterThanOrEqual(3);
    expect(long?.description).toMatch(/<ul>[\s\S]*<ol>/);
  });

  it('has non-ASCII names with ASCII paths', () => {
    for (const name of ['Crème Brûlée Ramekin', 'Čaj Teapot', '日本 Tea Bowl']) {
      expect(named(name).path).toMatch(/^\/[a-z0-9-]+\/$/);
    }
  });

  it('has a product in several categories', () => {
    expect(visible.some((product) => product.categoryIds.length >= 2)).toBe(true);
  });

  it('has hostile markup for the sanitiser and the JSON-LD escaper, on visible products', () => {
    const feed = visible.find((product) => product.description.includes('<script>'));
    expect(feed?.description).toMatch(/onerror=/);
    expect(feed?.description).toMatch(/href="javascript:/);
    expect(feed?.description).toMatch(/<iframe/);
    expect(named('</script><script>alert(1)</script> Test Mug').isVisible).toBe(true);
  });

  it('has exactly one hidden product and one category without products', () => {
    expect(products.filter((product) => !product.isVisible)).toHaveLength(1);
    const used = new Set(visible.flatMap((product) => product.categoryIds));
    const empty = categories.filter((category) => !used.has(category.entityId));
    expect(empty.map((category) => category.path)).toEqual(['/living/seasonal/']);
  });

  it('has merchant details: custom fields, SEO with and without text, reviews, related products, warranty', () => {
    const fieldNames = new Set(visible.flatMap((product) => product.customFields.map((field) => field.name)));
    expect(fieldNames).toEqual(new Set(['Material', 'Dimensions', 'Care']));
    expect(visible.some((product) => product.seo.pageTitle && product.seo.metaDescription)).toBe(true);
    expect(visible.some((product) => !product.seo.pageTitle && !product.seo.metaDescription)).toBe(true);
    expect(visible.some((product) => product.reviewSummary.numberOfReviews === 0)).toBe(true);
    const rated = visible.filter((product) => product.reviewSummary.numberOfReviews > 0);
    expect(rated.length).toBeGreaterThan(20);
    for (const { reviewSummary } of rated) {
      const average = reviewSummary.summationOfRatings / reviewSummary.numberOfReviews;
      expect(average).toBeGreaterThanOrEqual(1);
      expect(average).toBeLessThanOrEqual(5);
    }
    expect(visible.filter((product) => product.relatedProductIds.length > 0).length).toBeGreaterThanOrEqual(
      10,
    );
    expect(visible.some((product) => product.warranty.length > 0)).toBe(true);
  });

  it('spreads creation dates over 2025 and 2026 and features about eight products', () => {
    const years = new Set(products.map((product) => new Date(product.createdAt).getUTCFullYear()));
    expect(years).toEqual(new Set([2025, 2026]));
    expect(new Set(products.map((product) => product.createdAt)).size).toBe(products.length);
    const featured = visible.filter((product) => product.isFeatured).length;
    expect(featured).toBeGreaterThanOrEqual(6);
    expect(featured).toBeLessThanOrEqual(12);
  });

  it('gives products 1–4 distinct-hue images of the usual sizes, one with empty alt text', () => {
    for (const product of visible.filter((candidate) => candidate.images.length > 0)) {
      expect(product.images.length).toBeLessThanOrEqual(4);
      expect(new Set(product.images.map((image) => image.hue)).size).toBe(product.images.length);
      for (const image of product.images) expect([900, 1200]).toContain(image.height);
    }
    const images = visible.flatMap((product) => product.images);
    expect(images.filter((image) => image.altText === '').length).toBeGreaterThanOrEqual(1);
    expect(images.filter((image) => image.altText !== '').every((image) => image.altText.trim())).toBe(true);
    expect(categories.filter((category) => category.image).length).toBeGreaterThanOrEqual(6);
    expect(brands.some((brand) => brand.image) && brands.some((brand) => !brand.image)).toBe(true);
  });

  it('offers USD by default, EUR to pay in and GBP for display only', () => {
    expect(store.settings).toEqual({
      storeName: 'Orbit & Fern',
      storeHash: 'sample1',
      defaultCurrency: 'USD',
    });
    const rates = store.currencies.map(({ code, exchangeRate, isTransactional }) => [
      code,
      exchangeRate,
      isTransactional,
    ]);
    expect(rates).toEqual([
      ['USD', 1, true],
      ['EUR', 0.92, true],
      ['GBP', 0.79, false],
    ]);
  });
});
