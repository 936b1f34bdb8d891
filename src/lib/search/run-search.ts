/**
 * One search as a shopper sees it: the results in order, and every facet's counts, from as many Pagefind
 * searches as `filterSearches` plans (run at once, in Pagefind's worker). Reads through the given API.
 */
import { SORT_OPTIONS } from './contract';
import type { FilterCounts } from './facets';
import { filterSearches, type SearchScope } from './filters';
import type { PagefindApi, PagefindResult } from './pagefind';
import type { SearchState } from './state';

/** What to search: the shopper's search, within a scope, counting these facets. */
export interface SearchRequest {
  state: SearchState;
  scope?: SearchScope;
  facets: readonly string[];
}

/** The answer: results in order (their records not yet fetched) and counts by facet. */
export interface SearchOutcome {
  results: PagefindResult[];
  counts: FilterCounts;
}

/** The facets worth offering: every filter the index holds, less those the scope fixes and `hidden`. */
export function facetNames(
  all: FilterCounts,
  scope: SearchScope = {},
  hidden: readonly string[] = [],
): string[] {
  return Object.keys(all).filter((name) => !Object.hasOwn(scope, name) && !hidden.includes(name));
}

/** Runs a search; a query of only spaces searches by filters alone. */
export async function runSearch(api: PagefindApi, request: SearchRequest): Promise<SearchOutcome> {
  const { state, scope = {}, facets } = request;
  const term = state.query.trim() || null;
  const sort = SORT_OPTIONS[state.sort];
  const plan = filterSearches(scope, state.filters, facets, term !== null);
  const [main, ...others] = await Promise.all(
    plan.map(({ filters, facet }) => api.search(term, facet || !sort ? { filters } : { filters, sort })),
  );
  const counts: Record<string, Readonly<Record<string, number>>> = {};
  for (const name of facets) {
    const own = plan.findIndex((search) => search.facet === name);
    if (own > 0) counts[name] = others[own - 1].filters[name] ?? {};
    else if (state.filters[name]?.length) counts[name] = main.totalFilters[name] ?? {};
    else counts[name] = main.filters[name] ?? {};
  }
  return { results: main.results, counts };
}
