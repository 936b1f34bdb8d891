/** Which records a category or brand page's filter bar narrows: its own products, from the index. Pure. */
import type { PageRoute } from '../routes/route-table';
import { FILTERS } from './contract';
import type { SearchScope } from './filters';

/** A category or brand page's route. */
export type ListingRoute = Extract<PageRoute, { kind: 'category' | 'brand' }>;

/**
 * The scope of a listing: products of that brand, or products in that category's subtree. A category
 * is named with its whole ancestry ("Kitchen" and "Pots"), since two categories under different parents
 * may share a name and each record lists every ancestor of its categories.
 */
export function listingScope(route: ListingRoute): SearchScope {
  const products = { [FILTERS.type]: ['product'] };
  if (route.kind === 'brand') return { ...products, [FILTERS.brand]: [route.brand.name] };
  const ancestry = route.breadcrumbs.filter((crumb) => crumb.path !== '/').map((crumb) => crumb.name);
  return { ...products, [FILTERS.category]: [...new Set(ancestry)] };
}

/** A scope read back from the page (a `data-` attribute's JSON), or `undefined` if it is not one. */
export function parseScope(json: string | undefined): SearchScope | undefined {
  try {
    const value: unknown = JSON.parse(json ?? '');
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const entries = Object.entries(value as Record<string, unknown>);
    const valid = entries.every(
      ([, values]) => Array.isArray(values) && values.every((each) => typeof each === 'string'),
    );
    return valid && entries.length > 0 ? (value as SearchScope) : undefined;
  } catch {
    return undefined;
  }
}
