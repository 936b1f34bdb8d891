/**
 * Cache keys for Astro's incremental build: a page is skipped when its key and its code are unchanged.
 *
 * A key is a digest of everything the page renders from data: the route itself (its product, related
 * products, listed cards, breadcrumbs, pagination, subcategories) and the site-wide digest (settings,
 * menu, anything else every page shows). The route is digested whole, not field by field, so a field a
 * page starts rendering is in its key without anyone remembering to add it.
 */
import { createHash } from 'node:crypto';
import type { Product } from '../catalog/schema';
import type { PageRoute } from './route-table';

/** Everything every page shows, by name; a new site-wide source joins the digest as one more entry. */
export type SiteWideInputs = Readonly<Record<string, unknown>>;

/** A short, stable digest of a JSON-serialisable value. */
export function digestOf(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value) ?? 'undefined')
    .digest('base64url')
    .slice(0, 32);
}

/** The digest of every site-wide input, independent of the order the inputs were listed in. */
export function siteWideDigest(inputs: SiteWideInputs): string {
  const names = Object.keys(inputs).sort();
  return digestOf(names.map((name) => [name, inputs[name] ?? null]));
}

/**
 * One key per route, in the routes' order; `pageInputs` gives what else one page renders (the content
 * that enriches it). Each product is digested once and stands for itself wherever
 * a route shows it (its own page, related products, listing cards), so keys stay linear in the catalog.
 */
export function routeCacheKeys(
  routes: readonly PageRoute[],
  siteDigest: string,
  pageInputs: (route: PageRoute) => unknown = () => null,
): string[] {
  const productDigests = new Map<Product, string>();
  const productDigest = (product: Product) => {
    let digest = productDigests.get(product);
    if (digest === undefined) {
      digest = digestOf(product);
      productDigests.set(product, digest);
    }
    return digest;
  };
  for (const route of routes) {
    if (route.kind === 'product') productDigest(route.product);
  }
  const replaceProducts = (_key: string, value: unknown) =>
    value !== null && typeof value === 'object' && productDigests.has(value as Product)
      ? `product:${productDigests.get(value as Product)}`
      : value;
  return routes.map((route) =>
    createHash('sha256')
      .update(siteDigest)
      .update('\n')
      .update(JSON.stringify(route, replaceProducts))
      .update('\n')
      .update(digestOf(pageInputs(route) ?? null))
      .digest('base64url')
      .slice(0, 32),
  );
}
