import { describe, expect, it } from 'vitest';
import { BadCatalogDataError } from '../../src/lib/catalog/errors';
import { IssueLog } from '../../src/lib/catalog/report';
import { index, normaliseProduct, rawProduct } from './fixtures';

const normalise = (patch?: Parameters<typeof rawProduct>[0]) => {
  const issues = new IssueLog();
  return { product: normaliseProduct(rawProduct(patch), index, issues), issues: issues.list() };
};

describe('normaliseProduct', () => {
  it('sanitises the description, derives its plain text, and fills no SEO field the merchant left unset', () => {
    const { product } = normalise((raw) => {
      raw.details.seo = { pageTitle: 'Orbit Terrarium', metaDescription: '  ' };
    });
    expect(product.descriptionHtml).toBe('<p>Glass <strong>globe</strong></p>');
    expect(product.plainDescription).toBe('Glass globe');
    expect(product.seo).toEqual({ pageTitle: '', metaDescription: '' });
  });

  it('keeps the merchant’s own page title and meta description, trimmed', () => {
    const { product } = normalise((raw) => {
      raw.details.seo = { pageTitle: ' Glass terrarium | OFS ', metaDescription: ' A glass globe. ' };
    });
    expect(product.seo).toEqual({ pageTitle: 'Glass terrarium | OFS', metaDescription: 'A glass globe.' });
  });

  it('keeps the default image first, once, with the product name as alt text when none is set', () => {
    const { product } = normalise();
    expect(product.images.map((image) => image.urlTemplate)).toEqual([
      'https://cdn.example/images/stencil/{:size}/orbit.jpg',
      'https://cdn.example/images/stencil/{:size}/orbit-side.jpg',
    ]);
    expect(product.images[0].alt).toBe('Orbit Terrarium');
  });

  it('gives a product without images an empty gallery (placeholder) and reports it', () => {
    const { product, issues } = normalise((raw) => {
      raw.card.defaultImage = null;
      raw.images = [];
    });
    expect(product.images).toEqual([]);
    expect(issues).toContainEqual(
      expect.objectContaining({ action: 'kept', reason: expect.stringMatching(/without an image/) }),
    );
  });

  it('gives a product without a price null prices ("Price on request") and reports it', () => {
    const { product, issues } = normalise((raw) => {
      raw.card.prices = null;
    });
    expect(product.prices).toBeNull();
    expect(issues).toContainEqual(
      expect.objectContaining({ reason: expect.stringMatching(/without a price/) }),
    );
  });

  it('keeps the GTIN, MPN, UPC and condition of the product and of each variant, trimmed', () => {
    const { product } = normalise((raw) => {
      Object.assign(raw.details, { gtin: ' 4006381333931 ', mpn: 'ORB-45', upc: '036000291452' });
      raw.details.condition = 'REFURBISHED';
      Object.assign(raw.variants[0], { gtin: '5060412041006', mpn: 'ORB-45-M', upc: null });
    });
    expect(product).toMatchObject({
      gtin: '4006381333931',
      mpn: 'ORB-45',
      upc: '036000291452',
      condition: 'REFURBISHED',
    });
    expect(product.variants[0]).toMatchObject({ gtin: '5060412041006', mpn: 'ORB-45-M' });
    expect(product.variants[0]).not.toHaveProperty('upc');
  });

  it('leaves out an identifier or condition the store sends empty or null', () => {
    const { product } = normalise((raw) => {
      Object.assign(raw.details, { gtin: '', mpn: '  ', upc: null, condition: null });
      Object.assign(raw.variants[1], { gtin: '', mpn: null, upc: ' ' });
    });
    for (const key of ['gtin', 'mpn', 'upc', 'condition']) expect(product).not.toHaveProperty(key);
    for (const key of ['gtin', 'mpn', 'upc']) expect(product.variants[1]).not.toHaveProperty(key);
  });

  it('drops and reports a category that is not in the tree', () => {
    const { product, issues } = normalise((raw) => {
      raw.categoryIds = [1, 999];
    });
    expect(product.categoryIds).toEqual([1]);
    const issue = issues.find((entry) => entry.reason.includes('category not in the category tree'));
    expect(issue).toMatchObject({
      action: 'dropped',
      count: 1,
      examples: ['product 45 "Orbit Terrarium" → category 999'],
    });
  });

  it("orders each variant's option values in the product's option order", () => {
    const { product } = normalise();
    expect(product.options.map((option) => option.name)).toEqual(['Size', 'Colour']);
    expect(product.variants.map((variant) => variant.optionValueIds)).toEqual([
      [201, 101],
      [202, 102],
    ]);
  });

  it('averages the rating and leaves it out without reviews', () => {
    expect(normalise().product.rating).toEqual({ count: 3, average: 4.33 });
    const none = normalise((raw) => {
      raw.card.reviewSummary = { numberOfReviews: 0, summationOfRatings: 0 };
    });
    expect(none.product.rating).toBeUndefined();
  });

  it('keeps a preorder release date and leaves out zero purchase limits', () => {
    const { product } = normalise((raw) => {
      raw.details.availabilityV2 = {
        status: 'Preorder',
        description: '',
        willBeReleasedAt: { utc: '2026-09-01T00:00:00Z' },
      };
    });
    expect(product.availability).toEqual({
      status: 'Preorder',
      description: '',
      releaseDate: '2026-09-01T00:00:00Z',
    });
    expect(product.maxQuantity).toBeUndefined();
  });

  it('fails naming the product and field when a record does not fit the model', () => {
    const run = () =>
      normaliseProduct(
        rawProduct((raw) => {
          raw.card.path = '/no-trailing-slash';
        }),
        index,
        new IssueLog(),
      );
    expect(run).toThrow(BadCatalogDataError);
    expect(run).toThrow(/product 45 "Orbit Terrarium": field path/);
  });

  it('fails naming the product when an amount is not a number', () => {
    const run = () =>
      normaliseProduct(
        rawProduct((raw) => {
          raw.card.prices!.price = { value: 'lots', currencyCode: 'USD' };
        }),
        index,
        new IssueLog(),
      );
    expect(run).toThrow(/product 45 "Orbit Terrarium": field prices: "lots" is not a decimal amount/);
  });
});
