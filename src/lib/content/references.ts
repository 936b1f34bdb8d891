/** Content's references to the catalog (SKUs and paths), resolved against the exported catalog. */
import type { Category, Product } from '../catalog/schema';
import type { CatalogData } from '../routes/catalog-index';
import { pathKey } from '../routes/site-paths';

/** A content field names a SKU or path the catalog does not hold. */
export class UnknownCatalogReferenceError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly value: string,
    expected: string,
  ) {
    super(`${file}: ${field} refers to "${value}", which is not ${expected} in the exported catalog`);
    this.name = 'UnknownCatalogReferenceError';
  }
}

/** The catalog's items by the keys content refers to them by. */
export interface CatalogLookup {
  productsBySku: ReadonlyMap<string, Product>;
  productsByPath: ReadonlyMap<string, Product>;
  categoriesByPath: ReadonlyMap<string, Category>;
  /** Every product, category and brand page path, by `pathKey`. */
  pagePaths: ReadonlySet<string>;
}

/** Indexes the catalog for reference checks; SKUs compare exactly, paths as `pathKey` does. */
export function catalogLookup(catalog: CatalogData): CatalogLookup {
  const pagePaths = new Set(
    [...catalog.products, ...catalog.categories, ...catalog.brands].map((item) => pathKey(item.path)),
  );
  return {
    productsBySku: new Map(catalog.products.map((product) => [product.sku, product])),
    productsByPath: new Map(catalog.products.map((product) => [pathKey(product.path), product])),
    categoriesByPath: new Map(catalog.categories.map((category) => [pathKey(category.path), category])),
    pagePaths,
  };
}

/** Where a reference was written: `src/content/home/home.yaml`, `featuredProducts[2]`. */
export interface ReferenceSite {
  file: string;
  field: string;
}

/** The product a SKU or path names; throws `UnknownCatalogReferenceError` naming file, field and value. */
export function resolveProduct(ref: string, lookup: CatalogLookup, site: ReferenceSite): Product {
  const product = ref.startsWith('/')
    ? lookup.productsByPath.get(pathKey(ref))
    : lookup.productsBySku.get(ref);
  if (!product) {
    const expected = ref.startsWith('/') ? 'a product path' : 'a product SKU';
    throw new UnknownCatalogReferenceError(site.file, site.field, ref, expected);
  }
  return product;
}

/** Resolves each reference of a list field (`products[0]`, `products[1]`…). */
export function resolveProducts(
  refs: readonly string[],
  lookup: CatalogLookup,
  site: ReferenceSite,
): Product[] {
  return refs.map((ref, i) => resolveProduct(ref, lookup, { file: site.file, field: `${site.field}[${i}]` }));
}

/** The category at a path; throws `UnknownCatalogReferenceError` otherwise. */
export function resolveCategory(path: string, lookup: CatalogLookup, site: ReferenceSite): Category {
  const category = lookup.categoriesByPath.get(pathKey(path));
  if (!category) throw new UnknownCatalogReferenceError(site.file, site.field, path, 'a category path');
  return category;
}

/** Checks a path names a product, category or brand page; throws `UnknownCatalogReferenceError` otherwise. */
export function assertCatalogPage(path: string, lookup: CatalogLookup, site: ReferenceSite): void {
  if (!lookup.pagePaths.has(pathKey(path))) {
    throw new UnknownCatalogReferenceError(site.file, site.field, path, 'a product, category or brand path');
  }
}
