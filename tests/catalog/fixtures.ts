/** API-shaped records for normalisation tests. */
import type { ApiOption, ApiPrices, ApiVariant, RawProduct } from '../../src/lib/catalog/api-types';
import { finishProduct, prepareProduct, type KnownIds } from '../../src/lib/catalog/normalise/product';
import type { IssueLog } from '../../src/lib/catalog/report';
import type { Product } from '../../src/lib/catalog/schema';

export const usd = (value: number) => ({ value, currencyCode: 'USD' });

export const pricesOf = (value: number, extra: Partial<ApiPrices> = {}): ApiPrices => ({
  price: usd(value),
  salePrice: null,
  basePrice: usd(value),
  retailPrice: null,
  priceRange: { min: usd(value), max: usd(value) },
  ...extra,
});

export const image = (name: string, isDefault = false) => ({
  urlTemplate: `https://cdn.example/images/stencil/{:size}/${name}.jpg`,
  altText: '',
  isDefault,
});

const connection = <T>(nodes: T[]) => ({
  pageInfo: { hasNextPage: false, endCursor: null },
  edges: nodes.map((node) => ({ node })),
});

export function variant(
  entityId: number,
  valueIds: [optionId: number, valueId: number][],
  price?: number,
): ApiVariant {
  return {
    entityId,
    sku: `SKU-${entityId}`,
    gtin: null,
    mpn: null,
    upc: null,
    isPurchasable: true,
    defaultImage: null,
    prices: price === undefined ? null : pricesOf(price),
    inventory: { isInStock: true, aggregated: { availableToSell: 5 } },
    options: {
      pageInfo: { hasNextPage: false },
      edges: valueIds.map(([optionId, valueId]) => ({
        node: { entityId: optionId, values: { edges: [{ node: { entityId: valueId } }] } },
      })),
    },
  };
}

export const colourOption: ApiOption = {
  __typename: 'MultipleChoiceOption',
  entityId: 10,
  displayName: 'Colour',
  isRequired: true,
  isVariantOption: true,
  displayStyle: 'Swatch',
  values: connection([
    { entityId: 101, label: 'Moss', isDefault: true, hexColors: ['#4a6b3a'] },
    { entityId: 102, label: 'Clay', isDefault: false, hexColors: ['#b5651d'] },
  ]),
};

export const sizeOption: ApiOption = {
  __typename: 'MultipleChoiceOption',
  entityId: 20,
  displayName: 'Size',
  isRequired: true,
  isVariantOption: true,
  displayStyle: 'RectangleBoxList',
  values: connection([
    { entityId: 201, label: 'Small', isDefault: true },
    { entityId: 202, label: 'Large', isDefault: false },
  ]),
};

/** A complete product, changed by `patch`. */
export function rawProduct(patch: (product: RawProduct) => void = () => {}): RawProduct {
  const product: RawProduct = {
    card: {
      entityId: 45,
      sku: 'ORB-L',
      name: 'Orbit Terrarium',
      path: '/orbit-terrarium-large/',
      brand: { entityId: 7, name: 'OFS', path: '/brands/ofs/' },
      prices: pricesOf(49.99),
      defaultImage: image('orbit', true),
      inventory: { isInStock: true, aggregated: { availableToSell: 12 } },
      reviewSummary: { numberOfReviews: 3, summationOfRatings: 13 },
    },
    details: {
      entityId: 45,
      description: '<p>Glass <strong>globe</strong></p><script>alert(1)</script>',
      warranty: '',
      minPurchaseQuantity: null,
      maxPurchaseQuantity: 0,
      gtin: null,
      mpn: null,
      upc: null,
      condition: 'NEW',
      seo: { pageTitle: '', metaDescription: '' },
      availabilityV2: { status: 'Available', description: 'Ships in 24 hours' },
    },
    images: [image('orbit', true), image('orbit-side')],
    categoryIds: [1, 2],
    customFields: [{ entityId: 1, name: 'Material', value: 'Glass' }],
    relatedIds: [46],
    options: [sizeOption, colourOption],
    variants: [
      variant(
        1,
        [
          [10, 101],
          [20, 201],
        ],
        49.99,
      ),
      variant(
        2,
        [
          [20, 202],
          [10, 102],
        ],
        59.99,
      ),
    ],
  };
  patch(product);
  return product;
}

export const index = {
  categoryIds: new Set([1, 2]),
  brandIds: new Set([7]),
  productIds: new Set([45, 46]),
};

/** A raw product through both export steps at once, as the export does once the whole catalog is in. */
export function normaliseProduct(raw: RawProduct, known: KnownIds, issues: IssueLog): Product {
  return finishProduct(prepareProduct(raw), known, issues);
}
