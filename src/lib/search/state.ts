/**
 * A search as the URL holds it: the query, the sort and the chosen filter values, read from and written
 * to a query string, so a search can be shared, reloaded and gone back to. Pure.
 */
import { SEARCH_PARAMS, SORT_OPTIONS } from './contract';
import { isFilterName } from './params';

/** A `?sort=` value the shopper can pick. */
export type SortKey = keyof typeof SORT_OPTIONS;

/** The chosen values of each filter, by filter name; a filter with no values is left out. */
export type SelectedFilters = Readonly<Record<string, readonly string[]>>;

/** One search: what was typed, how results are ordered, and what narrows them. */
export interface SearchState {
  query: string;
  sort: SortKey;
  filters: SelectedFilters;
}

/** The sort when none is chosen: relevance, or the listing's own order when there is no query. */
export const DEFAULT_SORT: SortKey = 'relevance';

/** A search with nothing chosen. */
export const EMPTY_STATE: SearchState = { query: '', sort: DEFAULT_SORT, filters: {} };

/** True for a `?sort=` value the shopper can pick. */
export function isSortKey(value: string): value is SortKey {
  return Object.hasOwn(SORT_OPTIONS, value);
}

/** The search a query string describes; unknown sorts fall back to the default, blank values are dropped. */
export function stateFromSearch(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const sort = params.get(SEARCH_PARAMS.sort) ?? '';
  const filters: Record<string, string[]> = {};
  for (const [name, value] of params) {
    if (!isFilterName(name) || !value.trim()) continue;
    const values = (filters[name] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  return {
    query: (params.get(SEARCH_PARAMS.query) ?? '').trim(),
    sort: isSortKey(sort) ? sort : DEFAULT_SORT,
    filters,
  };
}

/**
 * The query string of a search (`?q=mug&brand=Kiln&sort=price-asc`, or `''` for an empty search). The
 * parameters of `current` that are not the search's own (campaign tags, say) are kept, first.
 */
export function searchFromState(state: SearchState, current = ''): string {
  const params = new URLSearchParams(current);
  for (const name of [...params.keys()]) {
    if (name === SEARCH_PARAMS.query || name === SEARCH_PARAMS.sort || isFilterName(name))
      params.delete(name);
  }
  if (state.query.trim()) params.append(SEARCH_PARAMS.query, state.query.trim());
  for (const name of Object.keys(state.filters).sort()) {
    for (const value of [...state.filters[name]].sort()) params.append(name, value);
  }
  if (state.sort !== DEFAULT_SORT) params.append(SEARCH_PARAMS.sort, state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The search with `value` of filter `name` chosen if it was not, and no longer chosen if it was. */
export function toggleFilter(state: SearchState, name: string, value: string): SearchState {
  const current = state.filters[name] ?? [];
  const values = current.includes(value) ? current.filter((each) => each !== value) : [...current, value];
  const filters: Record<string, readonly string[]> = { ...state.filters, [name]: values };
  if (values.length === 0) delete filters[name];
  return { ...state, filters };
}

/** True when any filter value is chosen. */
export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((values) => values.length > 0);
}

/** The search with only the filters named in `names` kept (a shared link may carry others). */
export function keepFilters(state: SearchState, names: readonly string[]): SearchState {
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([name]) => names.includes(name)));
  return { ...state, filters };
}
