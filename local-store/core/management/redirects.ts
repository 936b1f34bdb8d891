/**
 * The store's 301 redirects (`/v3/storefront/redirects`), made up from the catalog: old paths of a few
 * products, a category and a brand, plus one of each other target type (a web page, a path, an
 * external URL) and one to a hidden product, so a consumer meets every case BigCommerce can return.
 */
import type { Catalog } from '../catalog';

/** Where a redirect goes: an entity by id, or a URL for `type: 'url'`. */
export interface RedirectTarget {
  type: 'product' | 'brand' | 'category' | 'page' | 'post' | 'url';
  entity_id?: number;
  url?: string;
}

/** A redirect as the API returns it; `to_url` only with `?include=to_url`. */
export interface RedirectRecord {
  id: number;
  site_id: number;
  from_path: string;
  to: RedirectTarget;
  to_url?: string;
}

/** The web page a sample redirect points at; the local store has no web pages, so its path is made up. */
const SAMPLE_PAGE = { id: 1, path: '/about/' };

const slugOf = (path: string) =>
  path
    .replace(/^\/+|\/+$/g, '')
    .split('/')
    .pop() ?? '';

/** The sample redirects of the site of `siteId`, in id order. */
export function sampleRedirects(catalog: Catalog, siteId: number): Omit<RedirectRecord, 'to_url'>[] {
  const [first, second] = catalog.products;
  const hidden = catalog.data.products.find((product) => !product.isVisible);
  const category =
    catalog.data.categories.find((each) => each.parentId !== null) ?? catalog.data.categories[0];
  const brand = catalog.brands[0];
  const entries: [string, RedirectTarget][] = [];
  if (first) entries.push([`/${slugOf(first.path)}-old/`, { type: 'product', entity_id: first.entityId }]);
  if (second)
    entries.push([`/products/${slugOf(second.path)}.html`, { type: 'product', entity_id: second.entityId }]);
  if (category)
    entries.push([`/old-${slugOf(category.path)}/`, { type: 'category', entity_id: category.entityId }]);
  if (brand) entries.push([`/${slugOf(brand.path)}-old/`, { type: 'brand', entity_id: brand.entityId }]);
  entries.push(['/about-us/', { type: 'page', entity_id: SAMPLE_PAGE.id }]);
  if (category) entries.push(['/sale/', { type: 'url', url: category.path }]);
  entries.push(['/returns-and-exchanges/', { type: 'url', url: 'https://help.example.com/returns' }]);
  if (hidden) entries.push([`/${slugOf(hidden.path)}-old/`, { type: 'product', entity_id: hidden.entityId }]);
  return entries.map(([from_path, to], index) => ({ id: index + 1, site_id: siteId, from_path, to }));
}

/** The destination URL BigCommerce reports as `to_url`: the target's storefront URL on `origin`. */
export function toUrl(catalog: Catalog, target: RedirectTarget, origin: string): string {
  const id = target.entity_id ?? -1;
  const path =
    target.type === 'product'
      ? catalog.anyProduct(id)?.path
      : target.type === 'category'
        ? catalog.categoryById.get(id)?.path
        : target.type === 'brand'
          ? catalog.brandById.get(id)?.path
          : target.type === 'page'
            ? SAMPLE_PAGE.path
            : target.url;
  return new URL(path ?? '/', origin).href;
}
