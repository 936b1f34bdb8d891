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
  /** Each category's products, its subcategories' at any depth included, each once, in catalog order. */
  productsInSubtree: ReadonlyMap<number, Product[]>;
  productsByBrand: ReadonlyMap<number, Product[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The category's ancestors and itself, root first; stops at a missing parent or a cycle. */
export function categoryAncestry(
  category: Category,
  categoriesById: ReadonlyMap<number, Category>,
): Category[] {
  const trail: Category[] = [];
  const seen = new Set<number>();
  for (let current: Category | undefined = category; current && !seen.has(current.id);) {
    seen.add(current.id);
    trail.unshift(current);
    current = current.parentId === null ? undefined : categoriesById.get(current.parentId);
  }
  return trail;
}

/** Indexes the catalog once, so page building stays linear in its size. */
export function indexCatalog(data: CatalogData): CatalogIndex {
  const categoriesById = new Map(data.categories.map((category) => [category.id, category]));
  const productsInSubtree = new Map<number, Product[]>();
  const productsByBrand = new Map<number, Product[]>();
  for (const product of data.products) {
    // A product listed in "Pots" is also in "Kitchen" above it; in both only once.
    const listedIn = new Set<number>();
    for (const id of product.categoryIds) {
      const category = categoriesById.get(id);
      if (category) for (const each of categoryAncestry(category, categoriesById)) listedIn.add(each.id);
    }
    for (const id of listedIn) push(productsInSubtree, id, product);
    if (product.brand) push(productsByBrand, product.brand.id, product);
  }
  return {
    ...data,
    productsById: new Map(data.products.map((product) => [product.id, product])),
    categoriesById,
    brandsById: new Map(data.brands.map((brand) => [brand.id, brand])),
    productsInSubtree,
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
