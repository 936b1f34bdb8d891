/**
 * The `filters` argument of Pagefind's `search` for a scope, the chosen values and the facets whose
 * counts are wanted, and the searches it takes to count every facet right. Pure.
 *
 * Values of one facet widen the results (any of them); facets narrow each other (all of them). Pagefind
 * counts a filter's values only when the filter is named in the search, and counts them within the
 * filtered results, so a facet with chosen values is counted by a search without its own choice.
 */
import type { SelectedFilters } from './state';

/** Filters every result must match, all of each filter's values: a category's ancestry, or a brand. */
export type SearchScope = Readonly<Record<string, readonly string[]>>;

/** Pagefind's filter argument: a filter name to `[]` (count only), `{ all }` or `{ any }` of its values. */
export type PagefindFilters = Record<string, string[] | { all: string[] } | { any: string[] }>;

/** What one search is for: the results (`facet` undefined) or one chosen facet's counts. */
export interface FilterSearch {
  facet?: string;
  filters: PagefindFilters;
}

/**
 * The filters for a search in `scope` narrowed by `selected`, counting `facets`; with `without`, that
 * facet's own choice is left out (to count what choosing another of its values would give).
 */
export function pagefindFilters(
  scope: SearchScope,
  selected: SelectedFilters,
  facets: readonly string[],
  without?: string,
): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const name of facets) filters[name] = [];
  for (const [name, values] of Object.entries(selected)) {
    if (name !== without && values.length > 0) filters[name] = { any: [...values] };
  }
  for (const [name, values] of Object.entries(scope)) {
    if (values.length > 0) filters[name] = { all: [...values] };
  }
  return filters;
}

/** The facets with chosen values, among those shown. */
export function chosenFacets(selected: SelectedFilters, facets: readonly string[]): string[] {
  return facets.filter((name) => (selected[name]?.length ?? 0) > 0);
}

/**
 * Every search one view needs: the results' own (which also counts the facets without a choice), then
 * one per chosen facet. The lone chosen facet of a query search outside any scope is counted by
 * Pagefind's `totalFilters` (the query's counts before filtering), so it needs no search of its own.
 */
export function filterSearches(
  scope: SearchScope,
  selected: SelectedFilters,
  facets: readonly string[],
  hasQuery: boolean,
): FilterSearch[] {
  const chosen = chosenFacets(selected, facets);
  const unscoped = Object.values(scope).every((values) => values.length === 0);
  const byTotals = hasQuery && unscoped && chosen.length === 1;
  return [
    { filters: pagefindFilters(scope, selected, facets) },
    ...(byTotals
      ? []
      : chosen.map((facet) => ({ facet, filters: pagefindFilters(scope, selected, facets, facet) }))),
  ];
}
