/**
 * The route table: every product, category page and brand page at BigCommerce's own path.
 *
 * Category listings show only the products assigned to that category, as Stencil/Cornerstone
 * does by default: a product in "Pots" appears on "Kitchen" only if the merchant also assigned
 * it to "Kitchen". Merchants moving off Stencil therefore see the same listings. Pass
 * `includeSubcategoryProducts: true` to roll subcategory products up into their ancestors.
 */
import type { Brand, Category, Product } from '../catalog/schema';
import { listingPageSubject, recordSubject } from '../catalog/subject';
import type { Crumb } from './breadcrumbs';
import { brandBreadcrumbs, categoryBreadcrumbs, productBreadcrumbs } from './breadcrumbs';
import type { CatalogData, CatalogIndex } from './catalog-index';
import { categoryWithDescendants, childCategories, indexCatalog } from './catalog-index';
import type { Pagination } from './pagination';
import { paginate, PAGE_SIZE } from './pagination';
import { PathClaims, routeParam } from './site-paths';

/** Related products shown on a product page, at most. */
export const RELATED_LIMIT = 8;

/** A subcategory link, with how many products its own listing shows. */
export interface SubcategoryLink {
  name: string;
  path: string;
  productCount: number;
}

/** What a page needs to render, by kind. */
export type PageRoute =
  | { kind: 'product'; path: string; breadcrumbs: Crumb[]; product: Product; related: Product[] }
  | {
      kind: 'category';
      path: string;
      breadcrumbs: Crumb[];
      category: Category;
      subcategories: SubcategoryLink[];
      products: Product[];
      pagination: Pagination;
    }
  | {
      kind: 'brand';
      path: string;
      breadcrumbs: Crumb[];
      brand: Brand;
      products: Product[];
      pagination: Pagination;
    };

/** Options for `buildRouteTable`. */
export interface RouteTableOptions {
  pageSize?: number;
  /** Also list products of subcategories on their ancestors (BigCommerce's default is not to). */
  includeSubcategoryProducts?: boolean;
}

function categoryProducts(category: Category, index: CatalogIndex, rollUp: boolean): Product[] {
  if (!rollUp) return index.productsByCategory.get(category.id) ?? [];
  const seen = new Set<number>();
  return categoryWithDescendants(category, index)
    .flatMap((each) => index.productsByCategory.get(each.id) ?? [])
    .filter((product) => !seen.has(product.id) && seen.add(product.id));
}

/** The related products the catalog holds, without the product itself or repeats. */
export function relatedProducts(
  product: Product,
  index: CatalogIndex,
  limit: number = RELATED_LIMIT,
): Product[] {
  const ids = [...new Set(product.relatedIds)].filter((id) => id !== product.id);
  return ids.flatMap((id) => index.productsById.get(id) ?? []).slice(0, limit);
}

/** Who a route is, in a conflict message: `product 7 "Mug"`, `category 10 "Kitchen"'s page 2`. */
function routeOwner(route: PageRoute): string {
  if (route.kind === 'product') return recordSubject('product', route.product.id, route.product.name);
  const entity = route.kind === 'category' ? route.category : route.brand;
  return listingPageSubject(recordSubject(route.kind, entity.id, entity.name), route.pagination.current);
}

/** Builds every catalog page; throws `PathConflictError` when two claim one path, or one the site reserves. */
export function buildRouteTable(
  data: CatalogData | CatalogIndex,
  options: RouteTableOptions = {},
): PageRoute[] {
  const index = 'productsById' in data ? data : indexCatalog(data);
  const size = options.pageSize ?? PAGE_SIZE;
  const rollUp = options.includeSubcategoryProducts ?? false;
  const routes: PageRoute[] = [];

  for (const product of index.products) {
    const breadcrumbs = productBreadcrumbs(product, index);
    routes.push({
      kind: 'product',
      path: product.path,
      breadcrumbs,
      product,
      related: relatedProducts(product, index),
    });
  }
  for (const category of index.categories) {
    const breadcrumbs = categoryBreadcrumbs(category, index);
    const subcategories = childCategories(category, index).map((child) => ({
      name: child.name,
      path: child.path,
      productCount: categoryProducts(child, index, rollUp).length,
    }));
    for (const page of paginate(categoryProducts(category, index, rollUp), category.path, size)) {
      const { path, items, pagination } = page;
      routes.push({
        kind: 'category',
        path,
        breadcrumbs,
        category,
        subcategories,
        products: items,
        pagination,
      });
    }
  }
  for (const brand of index.brands) {
    const breadcrumbs = brandBreadcrumbs(brand);
    for (const { path, items, pagination } of paginate(
      index.productsByBrand.get(brand.id) ?? [],
      brand.path,
      size,
    )) {
      routes.push({ kind: 'brand', path, breadcrumbs, brand, products: items, pagination });
    }
  }
  assertUniquePaths(routes);
  return routes;
}

function assertUniquePaths(routes: readonly PageRoute[]): void {
  const claims = new PathClaims();
  for (const route of routes) claims.claim(route.path, routeOwner(route));
}

/** `getStaticPaths` entries for `src/pages/[...path].astro`. */
export function toStaticPaths(
  routes: readonly PageRoute[],
): { params: { path: string }; props: { route: PageRoute } }[] {
  return routes.map((route) => ({ params: { path: routeParam(route.path) }, props: { route } }));
}
