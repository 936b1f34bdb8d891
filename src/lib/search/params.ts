/**
 * Which query parameters are a search's filters, apart from the rest of `state.ts`: a listing page
 * reads this on load to decide whether to load its filter bar at once, so it is kept small. Pure.
 */
import { FILTERS, SEARCH_PARAMS, optionNameOf } from './contract';

const FIXED_FILTERS: ReadonlySet<string> = new Set(Object.values(FILTERS));

/** True for a query parameter that names a filter (so `utm_source` and friends are left alone). */
export function isFilterName(name: string): boolean {
  return FIXED_FILTERS.has(name) || Boolean(optionNameOf(name)?.trim());
}

/** True when a query string chooses a filter or a sort, so a listing shows it filtered. */
export function narrowsListing(search: string): boolean {
  return [...new URLSearchParams(search).keys()].some(
    (name) => name === SEARCH_PARAMS.sort || isFilterName(name),
  );
}
