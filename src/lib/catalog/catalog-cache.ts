/**
 * The last build's catalog as the products loader finds it in Astro's data store (I/O): its entries,
 * and, in the collection's meta, the identity it was exported under and its category tree's ids.
 */
import type { LoaderContext } from 'astro/loaders';
import type { CatalogExport } from './export';
import type { CatalogCacheIdentity } from './export-plan';
import type { PreviousCatalog } from './partial-export';
import type { Product } from './schema';

const IDENTITY_KEY = 'catalog-identity';
const CATEGORY_IDS_KEY = 'catalog-category-ids';

/** The cached catalog in the products collection's store, read lazily. */
export function previousCatalogOf(context: Pick<LoaderContext, 'store' | 'meta'>): PreviousCatalog {
  const { store, meta } = context;
  const categoryIds = meta.get(CATEGORY_IDS_KEY);
  return {
    identity: meta.get(IDENTITY_KEY),
    categoryIds: categoryIds === undefined ? undefined : (JSON.parse(categoryIds) as number[]),
    products: () =>
      store.values().map((entry) => {
        const data = entry.data as Partial<Product> | undefined;
        if (
          typeof data?.id !== 'number' ||
          String(data.id) !== entry.id ||
          !Array.isArray(data.categoryIds)
        ) {
          throw new Error(`entry "${entry.id}" is not a product`);
        }
        return data as Product;
      }),
  };
}

/** Records what the next build checks before reusing the catalog just written to the store. */
export function rememberCatalog(
  context: Pick<LoaderContext, 'meta'>,
  catalog: CatalogExport,
  identity: CatalogCacheIdentity,
): void {
  context.meta.set(CATEGORY_IDS_KEY, JSON.stringify(catalog.categories.map((category) => category.id)));
  context.meta.set(IDENTITY_KEY, JSON.stringify(identity));
}
