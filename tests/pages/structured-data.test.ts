import { describe, expect, it } from 'vitest';
import type { Product, ProductOption, Variant } from '../../src/lib/catalog/schema';
import { isValidGtin, publishedGtin } from '../../src/lib/seo/gtin';
import { productJsonLd, siteJsonLd } from '../../src/lib/seo/json-ld';
import { serializeJsonForScript } from '../../src/lib/seo/safe-json';
import { variantAxes, variantProperty, variesBy } from '../../src/lib/seo/variant-json-ld';
import { makeProduct } from './fixture';

const site = 'https://shop.example.com';
const usd = (amount: number) => ({ amount, currency: 'USD' });
const prices = (amount: number) => ({ price: usd(amount) });

const choice = (id: number, name: string, labels: string[]): ProductOption => ({
  kind: 'multiple-choice',
  id,
  name,
  required: true,
  isVariantOption: true,
  displayStyle: 'RectangleBoxList',
  values: labels.map((label, i) => ({ id: id * 10 + i, label, isDefault: i === 0 })),
});

const variant = (id: number, optionValueIds: number[], extra: Partial<Variant> = {}): Variant => ({
  id,
  sku: `CLOG-${id}`,
  optionValueIds,
  prices: prices(6500),
  purchasable: true,
  inStock: true,
  availableToSell: 12,
  ...extra,
});

/** Clogs in two colours and two sizes; one sold out, one with its own image and a barcode. */
function clogs(overrides: Partial<Product> = {}): Product {
  return makeProduct({
    id: 7,
    name: 'Garden Clog',
    sku: 'CLOG',
    condition: 'NEW',
    options: [choice(1, 'Colour', ['Sage', 'Ink']), choice(2, 'Size', ['EU 38', 'EU 40'])],
    variants: [
      variant(71, [10, 20], {
        gtin: '4006381333931',
        image: { urlTemplate: 'https://cdn.example/{:size}/sage.jpg', alt: '' },
      }),
      variant(72, [10, 21], { upc: '036000291452', mpn: 'GC-S-40' }),
      variant(73, [11, 20], { inStock: false, availableToSell: 0 }),
      variant(74, [11, 21], { prices: prices(6900) }),
    ],
    prices: { price: usd(6500), range: { min: usd(6500), max: usd(6900) } },
    ...overrides,
  });
}

describe('variesBy from option names', () => {
  it.each([
    ['Colour', 'color'],
    ['Color', 'color'],
    ['Frame colour', 'color'],
    ['Size', 'size'],
    ['Shoe size', 'size'],
    ['Material', 'material'],
    ['Pattern', 'pattern'],
    ['Capacity', undefined],
    ['Glaze', undefined],
    ['Colourway', undefined],
  ])('maps the option "%s" to %s', (name, property) => {
    expect(variantProperty(name)).toBe(property);
  });

  it('lists each mapped property by its schema.org URL, then additionalProperty once for the others', () => {
    const product = makeProduct({
      id: 1,
      options: [
        choice(1, 'Colour', ['Sage']),
        choice(2, 'Capacity', ['3 L']),
        choice(3, 'Glaze', ['Gloss']),
        choice(4, 'Handle colour', ['Black']),
      ],
    });
    expect(variesBy(variantAxes(product))).toEqual([
      'https://schema.org/color',
      'https://schema.org/additionalProperty',
    ]);
  });
});

describe('productJsonLd for a product with variants', () => {
  const group = productJsonLd(clogs(), site)!;
  const variants = group.hasVariant as Record<string, unknown>[];

  it('is a ProductGroup with its SKU as group id, what it varies by, and a Product per variant', () => {
    expect(group).toMatchObject({
      '@type': 'ProductGroup',
      name: 'Garden Clog',
      url: 'https://shop.example.com/product-7/',
      productGroupID: 'CLOG',
      variesBy: ['https://schema.org/color', 'https://schema.org/size'],
    });
    expect(group).not.toHaveProperty('offers');
    expect(variants.map((item) => item.sku)).toEqual(['CLOG-71', 'CLOG-72', 'CLOG-73', 'CLOG-74']);
  });

  it('gives each variant its options, identifiers, image, own URL and offer', () => {
    expect(variants[0]).toEqual({
      '@type': 'Product',
      name: 'Garden Clog (Sage, EU 38)',
      sku: 'CLOG-71',
      gtin: '4006381333931',
      inProductGroupWithID: 'CLOG',
      image: 'https://cdn.example/1280w/sage.jpg',
      url: 'https://shop.example.com/product-7/?sku=CLOG-71',
      color: 'Sage',
      size: 'EU 38',
      offers: {
        '@type': 'Offer',
        url: 'https://shop.example.com/product-7/?sku=CLOG-71',
        priceCurrency: 'USD',
        price: '65.00',
        availability: 'https://schema.org/InStock',
        itemCondition: 'https://schema.org/NewCondition',
      },
    });
    expect(variants[1]).toMatchObject({ gtin: '036000291452', mpn: 'GC-S-40', size: 'EU 40' });
    expect(variants[1].image).toBe('https://cdn.example/images/stencil/1280w/p7.jpg');
    expect(variants[2]).toMatchObject({ offers: { availability: 'https://schema.org/OutOfStock' } });
    expect(variants[3]).toMatchObject({ color: 'Ink', offers: { price: '69.00' } });
  });

  it('names an option no property fits as an additionalProperty of each variant', () => {
    const pots = clogs({
      options: [choice(1, 'Colour', ['Sage', 'Ink']), choice(2, 'Capacity', ['3 L', '5 L'])],
    });
    const [first] = productJsonLd(pots, site)!.hasVariant as Record<string, unknown>[];
    expect(first).toMatchObject({
      color: 'Sage',
      additionalProperty: [{ '@type': 'PropertyValue', name: 'Capacity', value: '3 L' }],
    });
    expect(first).not.toHaveProperty('size');
  });

  it('leaves out a variant without a price instead of pricing it, and says no condition it was not given', () => {
    const product = clogs({ condition: undefined });
    product.variants[1].prices = null;
    const listed = productJsonLd(product, site)!.hasVariant as Record<string, Record<string, unknown>>[];
    expect(listed.map((item) => item.sku)).toEqual(['CLOG-71', 'CLOG-73', 'CLOG-74']);
    expect(listed[0].offers).not.toHaveProperty('itemCondition');
  });

  it('stays escape-proof with merchant text in option names and values', () => {
    const hostile = clogs({
      name: '</script><script>alert(1)</script>',
      options: [choice(1, 'Colour', ['<!--', 'Ink']), choice(2, '</script>', ['EU 38', 'EU 40'])],
    });
    const json = serializeJsonForScript(productJsonLd(hostile, site));
    expect(json).not.toMatch(/[<>]/);
    expect(JSON.parse(json).hasVariant[0]).toMatchObject({
      color: '<!--',
      additionalProperty: [{ name: '</script>', value: 'EU 38' }],
    });
  });

  it('publishes only GTINs whose check digit is right', () => {
    const product = clogs();
    product.variants[0].gtin = '4006381333932';
    const [first] = productJsonLd(product, site)!.hasVariant as object[];
    expect(first).toMatchObject({ sku: 'CLOG-71' });
    expect(first).not.toHaveProperty('gtin');
  });
});

describe('productJsonLd for a product without variants', () => {
  it('stays one Product, with the GTIN, MPN and condition it has', () => {
    const knife = makeProduct({
      id: 3,
      mpn: 'K-21',
      condition: 'REFURBISHED',
      variants: [variant(31, [], { sku: 'SKU-3', gtin: '4006381333931' })],
    });
    expect(productJsonLd(knife, site)).toMatchObject({
      '@type': 'Product',
      sku: 'SKU-3',
      gtin: '4006381333931',
      mpn: 'K-21',
      offers: { '@type': 'Offer', price: '19.99', itemCondition: 'https://schema.org/RefurbishedCondition' },
    });
    const plain = productJsonLd(makeProduct({ id: 4 }), site)!;
    expect(plain).not.toHaveProperty('gtin');
    expect(plain).not.toHaveProperty('mpn');
  });
});

describe('productJsonLd for what Google cannot accept', () => {
  it('emits nothing for a product without an image', () => {
    expect(productJsonLd(makeProduct({ id: 5, images: [] }), site)).toBeUndefined();
    expect(productJsonLd(clogs({ images: [] }), site)).toBeUndefined();
  });

  it('emits nothing for a product with neither a price nor reviews', () => {
    expect(productJsonLd(makeProduct({ id: 6, prices: null }), site)).toBeUndefined();
    const unpriced = clogs({ prices: null });
    for (const item of unpriced.variants) item.prices = null;
    expect(productJsonLd(unpriced, site)).toBeUndefined();
  });

  it('keeps a product without a price but with reviews as a Product with its rating and no offer', () => {
    const rated = productJsonLd(
      makeProduct({ id: 8, prices: null, rating: { count: 3, average: 4 } }),
      site,
    )!;
    expect(rated).toMatchObject({ '@type': 'Product', aggregateRating: { reviewCount: 3 } });
    expect(rated).not.toHaveProperty('offers');
  });
});

describe('siteJsonLd', () => {
  it('describes the store as an Organization and a WebSite at the site root', () => {
    const [organization, website] = siteJsonLd({ storeName: 'Orbit & Fern' }, site);
    expect(organization).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      '@id': 'https://shop.example.com/#organization',
      name: 'Orbit & Fern',
      url: 'https://shop.example.com/',
    });
    expect(website).toMatchObject({
      '@type': 'WebSite',
      name: 'Orbit & Fern',
      url: 'https://shop.example.com/',
      publisher: { '@id': 'https://shop.example.com/#organization' },
    });
  });

  it('gives the Organization the store’s image logo when it has one', () => {
    const logo = { urlTemplate: 'https://cdn.example/images/stencil/{:size}/logo.png', alt: 'Orbit & Fern' };
    const [organization] = siteJsonLd({ storeName: 'Orbit & Fern', logo }, site);
    expect(organization.logo).toBe('https://cdn.example/images/stencil/600w/logo.png');
  });
});

describe('GTINs', () => {
  it('accepts GTIN-8, UPC-A, EAN-13 and GTIN-14 with a right check digit, and nothing else', () => {
    for (const code of ['96385074', '036000291452', '4006381333931', '10012345678902']) {
      expect(isValidGtin(code), code).toBe(true);
    }
    for (const code of ['96385075', '4006381333932', '12345', '400638133393A', '']) {
      expect(isValidGtin(code), code).toBe(false);
    }
  });

  it('publishes the GTIN, else the UPC, as printed digits without spaces or hyphens', () => {
    expect(publishedGtin({ gtin: '4 006381 333931', upc: '036000291452' })).toBe('4006381333931');
    expect(publishedGtin({ gtin: 'n/a', upc: '0-36000-29145-2' })).toBe('036000291452');
    expect(publishedGtin({})).toBeUndefined();
  });
});
