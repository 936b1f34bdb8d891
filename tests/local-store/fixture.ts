/** A small hand-made catalog for the local store's tests: every option kind, 3 category levels, brands, edge cases. */
import type { ProductRecord, StoreData } from '../../local-store/data/types';
import { ids, image, planter, product, rope, terrarium } from './fixture-products';

export { ids };

const seeds: ProductRecord[] = Array.from({ length: 20 }, (_, i) =>
  product(100 + i, `Seed Packet ${String(i + 1).padStart(2, '0')}`, {
    categoryIds: [4],
    brandId: 3,
    price: 3 + i / 10,
    stock: i % 5 === 0 ? 0 : 100,
  }),
);

/** A fresh copy of the test catalog (28 products, 27 visible). */
export function fixtureStore(): StoreData {
  return structuredClone({
    settings: { storeName: 'Fixture Greenhouse', storeHash: 'fixture01', defaultCurrency: 'USD' },
    currencies: [
      {
        code: 'USD',
        name: 'US Dollar',
        isActive: true,
        isTransactional: true,
        exchangeRate: 1,
        display: {
          symbol: '$',
          symbolPlacement: 'LEFT',
          decimalToken: '.',
          thousandsToken: ',',
          decimalPlaces: 2,
        },
      },
      {
        code: 'EUR',
        name: 'Euro',
        isActive: true,
        isTransactional: true,
        exchangeRate: 0.9,
        display: {
          symbol: '€',
          symbolPlacement: 'RIGHT',
          decimalToken: ',',
          thousandsToken: '.',
          decimalPlaces: 2,
        },
      },
      {
        code: 'JPY',
        name: 'Japanese Yen',
        isActive: true,
        isTransactional: false,
        exchangeRate: 150,
        display: {
          symbol: '¥',
          symbolPlacement: 'LEFT',
          decimalToken: '.',
          thousandsToken: ',',
          decimalPlaces: 0,
        },
      },
    ],
    categories: [
      {
        entityId: 1,
        parentId: null,
        name: 'Plants',
        path: '/plants/',
        description: '<p>Green things</p>',
        sortOrder: 1,
        image: image(901, 'plants', true, 120),
        seo: { pageTitle: 'Plants', metaDescription: 'All plants' },
      },
      {
        entityId: 2,
        parentId: 1,
        name: 'Indoor',
        path: '/plants/indoor/',
        description: '',
        sortOrder: 1,
        seo: { pageTitle: '', metaDescription: '' },
      },
      {
        entityId: 3,
        parentId: 2,
        name: 'Terrariums',
        path: '/plants/indoor/terrariums/',
        description: '',
        sortOrder: 1,
        seo: { pageTitle: '', metaDescription: '' },
      },
      {
        entityId: 4,
        parentId: null,
        name: 'Seeds',
        path: '/seeds/',
        description: '',
        sortOrder: 2,
        seo: { pageTitle: '', metaDescription: '' },
      },
      {
        entityId: 5,
        parentId: null,
        name: 'Tools',
        path: '/tools/',
        description: '',
        sortOrder: 3,
        seo: { pageTitle: '', metaDescription: '' },
      },
    ],
    brands: [
      {
        entityId: 1,
        name: 'Orbit',
        path: '/brands/orbit/',
        image: image(951, 'orbit-logo', true, 260),
        seo: { pageTitle: 'Orbit', metaDescription: '' },
        searchKeywords: ['glass'],
      },
      {
        entityId: 2,
        name: 'Knot & Co',
        path: '/brands/knot-co/',
        seo: { pageTitle: '', metaDescription: '' },
        searchKeywords: [],
      },
      {
        entityId: 3,
        name: 'Sprout',
        path: '/brands/sprout/',
        seo: { pageTitle: '', metaDescription: '' },
        searchKeywords: [],
      },
    ],
    products: [
      terrarium,
      product(ids.mister, 'Brass Mister', {
        brandId: 2,
        categoryIds: [5, 1],
        price: 24,
        salePrice: 19.5,
        retailPrice: 30,
        stock: 3,
        images: [image(21, 'brass-mister', true, 45)],
        minPurchaseQuantity: 1,
        maxPurchaseQuantity: 10,
      }),
      product(ids.onRequest, 'Heritage Cabinet', { price: null, categoryIds: [1] }),
      product(ids.retired, 'Retired Kit', {
        availability: 'Unavailable',
        availabilityDescription: 'Discontinued',
      }),
      product(ids.preorder, 'Moss Lamp', {
        availability: 'Preorder',
        availabilityDescription: 'Ships in spring',
        preorderReleaseDate: '2030-03-01T00:00:00Z',
        stock: 10,
      }),
      rope,
      product(ids.hidden, 'Secret Sample', { isVisible: false }),
      planter,
      ...seeds,
    ],
  });
}
