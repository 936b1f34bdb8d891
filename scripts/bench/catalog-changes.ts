/**
 * Merchant edits to a local store's data set, each with the build-hook body the webhook endpoint would
 * send for it: for the incremental-rebuild tests and `npm run bench:rebuild`. Each returns a changed copy.
 */
import type { ProductRecord, StoreData } from '../../local-store/data/types';
import { REBUILD_REQUEST_VERSION, type RebuildRequest } from '../../src/lib/webhooks/rebuild-request';

/** A changed data set and the body describing the change. */
export interface CatalogChange {
  name: string;
  data: StoreData;
  body: RebuildRequest;
}

/**
 * The body of the full rebuild a deployment starts from (the webhook endpoint's first send): a build
 * without a body records no send, and a later body could not count on it.
 */
export const firstFullBody: RebuildRequest = {
  version: REBUILD_REQUEST_VERSION,
  sequence: 1,
  since: 1,
  reason: 'safety-net',
  full: true,
  scopes: [],
  products: [],
  categories: [],
  skus: [],
  deliveries: 0,
};

const bodyFor = (scope: string, products: number[], categories: number[] = []): RebuildRequest => ({
  version: REBUILD_REQUEST_VERSION,
  sequence: firstFullBody.sequence + 1,
  since: firstFullBody.sequence,
  reason: 'webhook',
  full: false,
  scopes: [scope],
  products,
  categories,
  skus: [],
  deliveries: 1,
});

const visible = (data: StoreData) => data.products.filter((product) => product.isVisible);
/** The `n`th visible product (from the middle of the catalog, so it shows on listing pages past the first). */
const pick = (data: StoreData, n = 0): ProductRecord => {
  const products = visible(data);
  return products[(Math.floor(products.length / 2) + n) % products.length];
};

/** One product's price goes up by 1 (and any variant price overriding it). */
export function priceChange(source: StoreData): CatalogChange {
  const data = structuredClone(source);
  const product = pick(data);
  product.price = (product.price ?? 0) + 1;
  for (const variant of product.variants) if (variant.price !== undefined) variant.price += 1;
  return { name: 'price change', data, body: bodyFor('store/product/updated', [product.entityId]) };
}

/** A new product, a copy of a simple one under a new id, SKU and path, placed last as a store adds it. */
export function productAdded(source: StoreData): CatalogChange {
  const data = structuredClone(source);
  const template = visible(data).find((product) => product.options.length === 0) ?? pick(data);
  const id = Math.max(...data.products.map((product) => product.entityId)) + 1;
  const variantId = Math.max(...data.products.flatMap((p) => p.variants.map((v) => v.entityId))) + 1;
  const added: ProductRecord = {
    ...structuredClone(template),
    entityId: id,
    sku: `NEW-${id}`,
    name: `${template.name} (new edition)`,
    path: `/new-edition-${id}/`,
    variants: template.variants
      .slice(0, 1)
      .map((variant) => ({ ...variant, entityId: variantId, sku: `NEW-${id}-1` })),
    relatedProductIds: [],
    isFeatured: false,
  };
  delete added.gtin;
  delete added.upc;
  delete added.mpn;
  for (const variant of added.variants) delete variant.gtin;
  data.products.push(added);
  return { name: 'product added', data, body: bodyFor('store/product/created', [id]) };
}

/** One product is deleted. */
export function productDeleted(source: StoreData): CatalogChange {
  const data = structuredClone(source);
  const { entityId } = pick(data, 1);
  data.products = data.products.filter((product) => product.entityId !== entityId);
  return { name: 'product deleted', data, body: bodyFor('store/product/deleted', [entityId]) };
}

/** One product leaves its categories for a category it was not in. */
export function productMoved(source: StoreData): CatalogChange {
  const data = structuredClone(source);
  const product = pick(data, 2);
  const target = data.categories.find((category) => !product.categoryIds.includes(category.entityId))!;
  product.categoryIds = [target.entityId];
  return { name: 'product moved', data, body: bodyFor('store/product/updated', [product.entityId]) };
}

/** A category with products, below the two levels the menu shows (so not on every page), is renamed. */
export function categoryRenamed(source: StoreData): CatalogChange {
  const data = structuredClone(source);
  const used = new Set(visible(data).flatMap((product) => product.categoryIds));
  const byId = new Map(data.categories.map((category) => [category.entityId, category]));
  const deep = (id: number | null) => id !== null && byId.get(id)?.parentId != null;
  const category = data.categories.find(
    (candidate) => used.has(candidate.entityId) && deep(candidate.parentId),
  )!;
  category.name = `${category.name} Renamed`;
  return { name: 'category renamed', data, body: bodyFor('store/category/updated', [], [category.entityId]) };
}

/** The store's name, shown on every page, changes: a full body, as the endpoint sends for store settings. */
export function storeRenamed(source: StoreData): CatalogChange {
  const data = structuredClone(source);
  data.settings.storeName = `${data.settings.storeName} & Co`;
  return {
    name: 'site-wide change',
    data,
    body: { ...bodyFor('store/information/updated', []), full: true },
  };
}
