/** A small catalog in the storefront's domain model, for page-logic tests. */
import type { Brand, Category, Product, Settings } from '../../src/lib/catalog/schema';

const usd = (amount: number) => ({ amount, currency: 'USD' });

/** A product with sensible defaults; override what a test cares about. */
export function makeProduct(overrides: Partial<Product> & Pick<Product, 'id'>): Product {
  const name = overrides.name ?? `Product ${overrides.id}`;
  return {
    sku: `SKU-${overrides.id}`,
    name,
    path: `/product-${overrides.id}/`,
    descriptionHtml: `<p>About ${name}.</p>`,
    plainDescription: `About ${name}.`,
    categoryIds: [],
    prices: { price: usd(1999) },
    images: [{ urlTemplate: `https://cdn.example/images/stencil/{:size}/p${overrides.id}.jpg`, alt: name }],
    options: [],
    variants: [],
    availability: { status: 'Available', description: '' },
    inStock: true,
    availableToSell: 40,
    customFields: [],
    seo: { pageTitle: '', metaDescription: '' },
    relatedIds: [],
    warranty: '',
    ...overrides,
  };
}

/** A category; `depth` and `childIds` must agree with the rest of the tree. */
export function makeCategory(
  overrides: Partial<Category> & Pick<Category, 'id' | 'name' | 'path'>,
): Category {
  return {
    parentId: null,
    descriptionHtml: '',
    depth: 1,
    childIds: [],
    seo: { pageTitle: '', metaDescription: '' },
    ...overrides,
  };
}

/** Kitchen (Pots, Pans), Garden › Terrariums › Large, Sale, and an empty Clearance category. */
export const categories: Category[] = [
  makeCategory({
    id: 10,
    name: 'Kitchen',
    path: '/kitchen/',
    childIds: [11, 12],
    descriptionHtml: '<p>Cook.</p>',
  }),
  makeCategory({ id: 11, name: 'Pots', path: '/kitchen/pots/', parentId: 10, depth: 2 }),
  makeCategory({ id: 12, name: 'Pans', path: '/kitchen/pans/', parentId: 10, depth: 2 }),
  makeCategory({ id: 20, name: 'Garden', path: '/garden/', childIds: [21] }),
  makeCategory({
    id: 21,
    name: 'Terrariums',
    path: '/garden/terrariums/',
    parentId: 20,
    depth: 2,
    childIds: [22],
  }),
  makeCategory({ id: 22, name: 'Large', path: '/garden/terrariums/large/', parentId: 21, depth: 3 }),
  makeCategory({ id: 30, name: 'Sale', path: '/sale/' }),
  makeCategory({ id: 40, name: 'Clearance', path: '/clearance/' }),
];

export const brands: Brand[] = [
  { id: 1, name: 'OFS', path: '/brands/ofs/', seo: { pageTitle: '', metaDescription: '' } },
  { id: 2, name: 'Common Good', path: '/brands/common-good/', seo: { pageTitle: '', metaDescription: '' } },
];

const ofs = { id: 1, name: 'OFS', path: '/brands/ofs/' };

/** 50 kitchen products (OFS), 3 pots, a nested terrarium and a hostile name: 55 in all. */
export const products: Product[] = [
  ...Array.from({ length: 50 }, (_, i) => makeProduct({ id: i + 1, categoryIds: [10], brand: ofs })),
  makeProduct({ id: 101, name: 'Small pot', path: '/small-pot/', categoryIds: [11] }),
  makeProduct({ id: 102, name: 'Medium pot', path: '/medium-pot/', categoryIds: [11, 10] }),
  makeProduct({ id: 103, name: 'Large pot', path: '/large-pot/', categoryIds: [11] }),
  makeProduct({
    id: 201,
    name: 'Orbit Terrarium - Large',
    path: '/garden/terrariums/orbit-terrarium-large/',
    categoryIds: [22, 10],
    relatedIds: [101, 999, 102],
  }),
  makeProduct({ id: 666, name: '</script><script>alert(1)</script>', path: '/xss-test/', categoryIds: [30] }),
];

export const settings: Settings = {
  storeName: 'Sample Store',
  storeHash: 'abc123',
  currency: { code: 'USD', decimalPlaces: 2 },
  featuredIds: [201, 101],
  newestIds: [666],
};
