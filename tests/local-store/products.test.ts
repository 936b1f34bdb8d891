import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStore } from '../../local-store/index';
import { ids } from './fixture';
import { productFields, startFixtureStore } from './helpers';

const PRICES = `price { value currencyCode } salePrice { value } basePrice { value } retailPrice { value }
  priceRange { min { value } max { value } } saved { value }`;

type Edge<T> = { node: T };

describe('local store products', () => {
  let store: LocalStore;
  beforeAll(async () => {
    store = await startFixtureStore();
  });
  afterAll(() => store.stop());

  const product = (args: string, fields: string) => productFields(store, args, fields);

  it('prices a product with its variant range, retail price and saving', async () => {
    const prices = (await product('entityId: 1', `prices { ${PRICES} }`)).prices;
    expect(prices).toEqual({
      price: { value: 80, currencyCode: 'USD' },
      salePrice: null,
      basePrice: { value: 80 },
      retailPrice: { value: 100 },
      priceRange: { min: { value: 70 }, max: { value: 125 } },
      saved: { value: 20 },
    });
  });

  it('converts prices with the currency’s exchange rate and decimals', async () => {
    const eur = (
      await product(
        'entityId: 2',
        'prices(currencyCode: EUR) { price { value currencyCode } basePrice { value } }',
      )
    ).prices;
    expect(eur).toEqual({ price: { value: 17.55, currencyCode: 'EUR' }, basePrice: { value: 21.6 } });
    const jpy = (await product('entityId: 2', 'prices(currencyCode: JPY) { price { value } }')).prices;
    expect(jpy.price.value).toBe(2925);
  });

  it('serves a product’s identifiers and condition, null where the merchant set none', async () => {
    expect(await product('entityId: 1', 'gtin mpn upc condition')).toEqual({
      gtin: null,
      mpn: 'TERR',
      upc: null,
      condition: 'REFURBISHED',
    });
    expect(await product('entityId: 2', 'condition')).toEqual({ condition: null });
  });

  it('returns null prices for a product without a price', async () => {
    const found = await product(`entityId: ${ids.onRequest}`, 'prices { price { value } } showCartAction');
    expect(found).toEqual({ prices: null, showCartAction: false });
  });

  it('reports availability, stock, reviews, text and merchandising fields', async () => {
    const fields = `availabilityV2 { status description ... on ProductPreOrder { willBeReleasedAt { utc } } }
      inventory { isInStock hasVariantInventory aggregated { availableToSell warningLevel } }`;
    expect(await product(`entityId: ${ids.preorder}`, fields)).toEqual({
      availabilityV2: {
        status: 'Preorder',
        description: 'Ships in spring',
        willBeReleasedAt: { utc: '2030-03-01T00:00:00.000Z' },
      },
      inventory: {
        isInStock: true,
        hasVariantInventory: false,
        aggregated: { availableToSell: 10, warningLevel: 0 },
      },
    });
    expect((await product(`entityId: ${ids.retired}`, fields)).availabilityV2.status).toBe('Unavailable');
    const terrarium = await product(
      'entityId: 1',
      `inventory { hasVariantInventory aggregated { availableToSell } }
       reviewSummary { numberOfReviews summationOfRatings averageRating }
       plainTextDescription(characterLimit: 14) description
       brand { name } categories { edges { node { name path } } }
       customFields(names: ["Origin"]) { edges { node { name value } } }
       relatedProducts { edges { node { entityId } } }
       seo { pageTitle metaDescription metaKeywords }
       images { edges { node { isDefault altText urlTemplate } } }`,
    );
    expect(terrarium.inventory).toEqual({ hasVariantInventory: true, aggregated: { availableToSell: 11 } });
    expect(terrarium.reviewSummary).toEqual({
      numberOfReviews: 4,
      summationOfRatings: 18,
      averageRating: 4.5,
    });
    expect(terrarium.plainTextDescription).toBe('The Orbit…');
    expect(terrarium.description).toContain('<strong>Orbit Terrarium</strong>');
    expect(terrarium.brand.name).toBe('Orbit');
    expect(terrarium.categories.edges[0].node).toEqual({
      name: 'Terrariums',
      path: '/plants/indoor/terrariums/',
    });
    expect(terrarium.customFields.edges).toEqual([{ node: { name: 'Origin', value: 'Portugal' } }]);
    expect(
      terrarium.relatedProducts.edges.map((edge: Edge<{ entityId: number }>) => edge.node.entityId),
    ).toEqual([2, 3]);
    expect(terrarium.seo).toEqual({
      pageTitle: 'Orbit Terrarium',
      metaDescription: 'Buy Orbit Terrarium',
      metaKeywords: '',
    });
    expect(terrarium.images.edges[0].node.urlTemplate).toBe(
      `${store.url}/images/stencil/{:size}/products/1/11/orbit-terrarium.png`,
    );
  });

  it('builds image URLs for a width or a width × height box', async () => {
    const { defaultImage } = await product(
      'entityId: 1',
      'defaultImage { a: url(width: 500) b: url(width: 300, height: 200) }',
    );
    expect(defaultImage.a).toBe(`${store.url}/images/stencil/500w/products/1/11/orbit-terrarium.png`);
    expect(defaultImage.b).toBe(`${store.url}/images/stencil/300x200/products/1/11/orbit-terrarium.png`);
  });
});
