import { describe, expect, it } from 'vitest';
import { normaliseOption } from '../../src/lib/catalog/normalise/options';
import type { Product, ProductOption, Variant } from '../../src/lib/catalog/schema';
import { indexCatalog } from '../../src/lib/routes/catalog-index';
import { AVAILABILITY_VALUES, FILTERS, optionFilter, SORTS } from '../../src/lib/search/contract';
import { CONTENT_WEIGHTS, NO_PRICE_SORT_KEY, productRecord } from '../../src/lib/search/records';
import { colourOption } from '../catalog/fixtures';
import { brands, categories, makeProduct } from '../pages/fixture';

const { categoriesById } = indexCatalog({ products: [], categories, brands });
const record = (overrides: Partial<Product> = {}) =>
  productRecord(makeProduct({ id: 7, ...overrides }), categoriesById);
const usd = (amount: number) => ({ amount, currency: 'USD' });
const ofs = { id: 1, name: 'OFS', path: '/brands/ofs/' };

// Colour: Moss, Clay.
const normalisedColour = normaliseOption(colourOption);
if ('unsupported' in normalisedColour) throw new Error('the colour fixture must be a supported option');
const colour: ProductOption = normalisedColour;
const giftWrap: ProductOption = {
  id: 2,
  name: 'Gift wrap',
  required: false,
  isVariantOption: false,
  kind: 'checkbox',
  label: 'Wrap it',
  checkedByDefault: false,
  checkedValueId: 21,
  uncheckedValueId: 22,
};
const variant = (id: number, sku: string): Variant => ({
  id,
  sku,
  optionValueIds: [],
  prices: null,
  purchasable: true,
  inStock: true,
  availableToSell: null,
});

/** The text of the content between Pagefind's weight markers for `weight`. */
const weightedText = (content: string, weight: number) =>
  [...content.matchAll(/___PAGEFIND_WEIGHT___(\d+) (.*?) ___END_PAGEFIND_WEIGHT___/g)]
    .filter((match) => Number(match[1]) === weight)
    .map((match) => match[2]);

describe('productRecord', () => {
  it('points at the product page and shows its name, image, price and brand', () => {
    const result = record({ name: 'Skillet', path: '/skillet/', brand: ofs });
    expect(result.url).toBe('/skillet/');
    expect(result.language).toBe('en');
    expect(result.meta).toEqual({
      title: 'Skillet',
      url: '/skillet/',
      image: 'https://cdn.example/images/stencil/{:size}/p7.jpg',
      image_alt: 'Skillet',
      price: '$19.99',
      brand: 'OFS',
      // The sort keys again, to merge bundles sorted apart.
      sort_price: '000000001999',
      sort_name: 'skillet',
    });
  });

  it('shows a range as "From", no price as "Price on request", and no image as empty', () => {
    const range = { price: usd(1500), range: { min: usd(1200), max: usd(3000) } };
    expect(record({ prices: range }).meta.price).toBe('From $12.00');
    const unpriced = record({ prices: null, images: [], brand: undefined });
    expect(unpriced.meta).toMatchObject({ price: 'Price on request', image: '', image_alt: '', brand: '' });
  });

  it('weighs the name highest, then the SKUs, and holds brand, categories and description', () => {
    const result = record({
      name: 'Cast Iron Skillet',
      sku: 'HI-SKL',
      variants: [variant(1, 'HI-SKL-SAGE'), variant(2, 'HI-SKL-INK'), variant(3, 'HI-SKL')],
      brand: ofs,
      categoryIds: [11],
      plainDescription: 'Sears, bakes and braises.',
    });
    const weights = Object.values(CONTENT_WEIGHTS);
    expect(Math.max(...weights)).toBe(CONTENT_WEIGHTS.name);
    expect(weights.filter((weight) => weight >= CONTENT_WEIGHTS.skus)).toHaveLength(2);
    expect(weightedText(result.content, CONTENT_WEIGHTS.name)).toEqual(['Cast Iron Skillet.']);
    expect(weightedText(result.content, CONTENT_WEIGHTS.skus)).toEqual(['HI-SKL HI-SKL-SAGE HI-SKL-INK.']);
    expect(weightedText(result.content, CONTENT_WEIGHTS.brand)).toEqual(['OFS.']);
    expect(weightedText(result.content, CONTENT_WEIGHTS.categories)).toEqual(['Kitchen, Pots.']);
    expect(result.content).toContain(' Sears, bakes and braises. ');
  });

  it('never lets merchant text pass for a weight marker', () => {
    const sneaky = 'Cheap ___PAGEFIND_WEIGHT___10 winner ___END_PAGEFIND_WEIGHT___';
    const result = record({ name: sneaky, plainDescription: sneaky, brand: undefined, sku: 'S' });
    // Our own markers only: one start and one end around the name and around the SKUs.
    expect(result.content.match(/___/g)).toHaveLength(2 * 2 * 2);
    expect(weightedText(result.content, 10)).toEqual([
      'Cheap _PAGEFIND_WEIGHT_10 winner _END_PAGEFIND_WEIGHT_.',
    ]);
  });

  it('filters by type, brand, every ancestor category, price band and variant option values', () => {
    const result = record({
      brand: ofs,
      categoryIds: [22, 11],
      prices: { price: usd(8900), range: { min: usd(6900), max: usd(10900) } },
      options: [colour, giftWrap],
    });
    expect(result.filters).toEqual({
      [FILTERS.type]: ['product'],
      [FILTERS.brand]: ['OFS'],
      [FILTERS.category]: ['Garden', 'Terrariums', 'Large', 'Kitchen', 'Pots'],
      [FILTERS.availability]: ['In stock'],
      [FILTERS.price]: ['$50.00 to $100.00'],
      [optionFilter('Colour')]: ['Moss', 'Clay'],
    });
  });

  it('leaves out the filters a product has no value for', () => {
    const result = record({ brand: undefined, categoryIds: [], prices: null });
    expect(Object.keys(result.filters).sort()).toEqual([FILTERS.availability, FILTERS.type]);
  });

  it('counts low stock as in stock, and an unavailable or sold-out product as out of stock', () => {
    const availability = (overrides: Partial<Product>) => record(overrides).filters[FILTERS.availability];
    const preorder = { status: 'Preorder', description: '' } as const;
    expect(availability({ availableToSell: 2 })).toEqual(['In stock']);
    expect(availability({ availability: preorder })).toEqual(['Preorder']);
    expect(availability({ availability: preorder, availableToSell: 0 })).toEqual(['Out of stock']);
    expect(availability({ availability: { status: 'Unavailable', description: '' } })).toEqual([
      'Out of stock',
    ]);
    expect(availability({ inStock: false })).toEqual(['Out of stock']);
    expect(AVAILABILITY_VALUES).toContain(availability({})[0]);
  });

  it('sorts by the lowest price in padded cents, a product without one last, and by folded name', () => {
    const cheap = record({ prices: { price: usd(1500), range: { min: usd(900), max: usd(3000) } } });
    const dear = record({ prices: { price: usd(250000) } });
    const unpriced = record({ prices: null, name: 'Crème Brûlée Ramekin' });
    expect(cheap.sort[SORTS.price]).toBe('000000000900');
    const byPrice = [unpriced, dear, cheap].map((each) => each.sort[SORTS.price]).sort();
    expect(byPrice).toEqual(['000000000900', '000000250000', NO_PRICE_SORT_KEY]);
    expect(unpriced.sort[SORTS.name]).toBe('creme brulee ramekin');
    for (const each of [cheap, dear, unpriced])
      expect(Object.keys(each.sort).sort()).toEqual(['name', 'price']);
  });
});
