/** The home page's sections and the brands index, from the catalog and store settings. */
import type { Brand, Category, Product, Settings } from '../catalog/schema';
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

/** A brand on the brands index. */
export interface BrandEntry {
  brand: Brand;
  productCount: number;
}

/** Every brand, A to Z (ignoring case and accents), with its product count. */
export function brandDirectory(index: CatalogIndex, locale = 'en'): BrandEntry[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...index.brands]
    .sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id)
    .map((brand) => ({ brand, productCount: index.productsByBrand.get(brand.id)?.length ?? 0 }));
}
