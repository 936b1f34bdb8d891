/**
 * The route table: every product, category page and brand page at BigCommerce's own path.
 *
 * A category lists the products of its whole subtree, each once, in catalog order: a product in
 * "Pots" also appears on "Kitchen". BigCommerce's API lists only products assigned directly, but a
 * merchant who assigns products to leaf categories alone would then see every menu page empty.
 */
import type { Brand, Category, Product } from '../catalog/schema';
import { listingPageSubject, recordSubject } from '../catalog/subject';
import type { Crumb } from './breadcrumbs';
import { brandBreadcrumbs, categoryBreadcrumbs, productBreadcrumbs } from './breadcrumbs';
import type { CatalogData, CatalogIndex } from './catalog-index';
import { childCategories, indexCatalog } from './catalog-index';
import type { Pagination } from './pagination';
import { paginate, PAGE_SIZE } from './pagination';
import { PathClaims, routeParam } from './site-paths';

/** Related products shown on a product page, at most. */
export const RELATED_LIMIT = 8;

/** A subcategory link, with how many products its own listing shows (its subtree's). */
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
}

const subtreeProducts = (category: Category, index: CatalogIndex) =>
  index.productsInSubtree.get(category.id) ?? [];

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
      productCount: subtreeProducts(child, index).length,
    }));
    for (const page of paginate(subtreeProducts(category, index), category.path, size)) {
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

/** `getStaticPaths` entries for `src/pages/[...path].astro`, each with its cache key when given (same order). */
/**
 * The catalog path whose enrichment (the marketers' guide) a page shows: a product's own, or a
 * category's or brand's on its listing's first page only; undefined on later pages.
 */
export function enrichedPathOf(route: PageRoute): string | undefined {
  if (route.kind === 'product') return route.product.path;
  if (route.pagination.current !== 1) return undefined;
  return route.kind === 'category' ? route.category.path : route.brand.path;
}

/** Astro's static paths for the routes, each with its cache key when given. */
export function toStaticPaths(
  routes: readonly PageRoute[],
  cacheKeys?: readonly string[],
): { params: { path: string }; props: { route: PageRoute }; cacheKey?: string }[] {
  return routes.map((route, i) => ({
    params: { path: routeParam(route.path) },
    props: { route },
    ...(cacheKeys ? { cacheKey: cacheKeys[i] } : {}),
  }));
}
