/** What the home page shows: top-level categories, then the store's featured and newest products. */
import type { Category, Product, Settings } from '../catalog/schema';
import type { CatalogIndex } from './catalog-index';
import { rootCategories } from './catalog-index';

/** Products per home page row. */
export const HOME_ROW_SIZE = 8;

/** What the home page shows. */
export interface HomeSections {
  categories: Category[];
  featured: Product[];
  newest: Product[];
}

function pick(ids: readonly number[], index: CatalogIndex, limit: number): Product[] {
  return [...new Set(ids)].flatMap((id) => index.productsById.get(id) ?? []).slice(0, limit);
}

/** Top-level categories, then the store's featured and newest products (ids it no longer has skipped). */
export function homeSections(
  index: CatalogIndex,
  settings: Settings,
  limit: number = HOME_ROW_SIZE,
): HomeSections {
  return {
    categories: rootCategories(index),
    featured: pick(settings.featuredIds, index, limit),
    newest: pick(settings.newestIds, index, limit),
  };
}
