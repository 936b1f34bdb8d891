/** Lookups over the exported catalog that routes, menus and breadcrumbs share. */
import type { Brand, Category, Product } from '../catalog/schema';

/** The three collections, as `getCollection` returns their data. */
export interface CatalogData {
  products: readonly Product[];
  categories: readonly Category[];
  brands: readonly Brand[];
}

/** The catalog keyed by id, with listings in catalog order. */
export interface CatalogIndex extends CatalogData {
  productsById: ReadonlyMap<number, Product>;
  categoriesById: ReadonlyMap<number, Category>;
  brandsById: ReadonlyMap<number, Brand>;
  /** Products assigned directly to each category. */
  productsByCategory: ReadonlyMap<number, Product[]>;
  productsByBrand: ReadonlyMap<number, Product[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Indexes the catalog once, so page building stays linear in its size. */
export function indexCatalog(data: CatalogData): CatalogIndex {
  const productsByCategory = new Map<number, Product[]>();
  const productsByBrand = new Map<number, Product[]>();
  for (const product of data.products) {
    for (const categoryId of new Set(product.categoryIds)) push(productsByCategory, categoryId, product);
    if (product.brand) push(productsByBrand, product.brand.id, product);
  }
  return {
    ...data,
    productsById: new Map(data.products.map((product) => [product.id, product])),
    categoriesById: new Map(data.categories.map((category) => [category.id, category])),
    brandsById: new Map(data.brands.map((brand) => [brand.id, brand])),
    productsByCategory,
    productsByBrand,
  };
}

/** A category's subcategories in the tree's order, skipping ids the catalog does not hold. */
export function childCategories(category: Category, index: CatalogIndex): Category[] {
  return category.childIds.flatMap((id) => index.categoriesById.get(id) ?? []);
}

/** Top-level categories in catalog order. */
export function rootCategories(index: CatalogIndex): Category[] {
  return index.categories.filter((category) => category.parentId === null);
}

/** The category and all categories below it, depth first. */
export function categoryWithDescendants(category: Category, index: CatalogIndex): Category[] {
  const seen = new Set<number>();
  const walk = (current: Category): Category[] => {
    if (seen.has(current.id)) return [];
    seen.add(current.id);
    return [current, ...childCategories(current, index).flatMap(walk)];
  };
  return walk(category);
}
