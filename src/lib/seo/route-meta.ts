/** Head tags and structured data for a catalog route. */
import type { PageRoute } from '../routes/route-table';
import { productJsonLd } from './json-ld';
import type { PageMeta } from './meta';
import { brandMeta, categoryMeta, productMeta } from './meta';

/** The meta of a product, category or brand page. */
export function routeMeta(route: PageRoute, storeName: string, site: URL | string): PageMeta {
  switch (route.kind) {
    case 'product':
      return productMeta(route.product, storeName, site);
    case 'category':
      return categoryMeta(route.category, route.pagination, route.path, storeName, site);
    case 'brand':
      return brandMeta(route.brand, route.pagination, route.path, storeName, site);
  }
}

/** JSON-LD for a route besides its breadcrumbs: a product's markup on product pages, when it has any. */
export function routeJsonLd(route: PageRoute, site: URL | string): Record<string, unknown>[] {
  const product = route.kind === 'product' ? productJsonLd(route.product, site) : undefined;
  return product ? [product] : [];
}
