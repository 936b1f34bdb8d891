/** Breadcrumb trails: Home › category ancestry › page. */
import type { Brand, Category, Product } from '../catalog/schema';
import type { CatalogIndex } from './catalog-index';
import { categoryAncestry } from './catalog-index';
import { BRANDS_PATH } from './site-paths';

/** One step of a trail; the last step is the current page. */
export interface Crumb {
  name: string;
  path: string;
}

const home: Crumb = { name: 'Home', path: '/' };

const toCrumb = ({ name, path }: { name: string; path: string }): Crumb => ({ name, path });

/** Home › the category's ancestry › the category. */
export function categoryBreadcrumbs(category: Category, index: CatalogIndex): Crumb[] {
  return [home, ...categoryAncestry(category, index.categoriesById).map(toCrumb)];
}

/** Home › Brands › the brand. */
export function brandBreadcrumbs(brand: Brand): Crumb[] {
  return [home, { name: 'Brands', path: BRANDS_PATH }, toCrumb(brand)];
}

/** The category a product's trail goes through: its first category the catalog knows. */
export function primaryCategory(product: Product, index: CatalogIndex): Category | undefined {
  for (const id of product.categoryIds) {
    const category = index.categoriesById.get(id);
    if (category) return category;
  }
  return undefined;
}

/** Home › the first category's ancestry › the product. */
export function productBreadcrumbs(product: Product, index: CatalogIndex): Crumb[] {
  const category = primaryCategory(product, index);
  const trail = category ? categoryAncestry(category, index.categoriesById).map(toCrumb) : [];
  return [home, ...trail, toCrumb(product)];
}
