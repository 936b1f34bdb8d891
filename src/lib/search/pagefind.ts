/**
 * Pagefind's browser API, loaded on first use from the built index (never bundled with the site's
 * code), with the other bundles merged in. I/O: it fetches the index.
 */
import { searchBundlePaths } from './bundles';
import type { PagefindFilters } from './filters';
import type { FilterCounts } from './facets';
import type { ResultData } from './result-view';

/** One hit; `data()` fetches its record, so call it only for results on screen. */
export interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}

/** What one search answers. */
export interface PagefindResponse {
  results: PagefindResult[];
  /** Results of the query before filters; 0 for a search by filters alone. */
  unfilteredResultCount: number;
  /** Counts within the filtered results, for the filters the search named. */
  filters: FilterCounts;
  /** Counts for the query without filters, for the filters the search named; 0s without a query. */
  totalFilters: FilterCounts;
}

/** The options of a search. */
export interface PagefindSearchOptions {
  filters?: PagefindFilters;
  sort?: Readonly<Record<string, 'asc' | 'desc'>>;
}

/** The part of Pagefind's module the site uses. */
export interface PagefindApi {
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  /** Every filter with its values and total counts. */
  filters(): Promise<FilterCounts>;
}

interface PagefindModule extends PagefindApi {
  options(options: { basePath?: string }): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
}

let loading: Promise<PagefindApi> | undefined;

async function load(): Promise<PagefindApi> {
  const [primary, ...others] = searchBundlePaths();
  const pagefind = (await import(/* @vite-ignore */ `${primary}pagefind.js`)) as PagefindModule;
  await pagefind.options({ basePath: primary });
  await Promise.all(others.map((path) => pagefind.mergeIndex(path)));
  return pagefind;
}

/** Pagefind, loaded once per page; a failed load is retried on the next call. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

let allFilters: Promise<FilterCounts> | undefined;

/** Every filter the index holds with its values, read once per page. */
export function indexFilters(api: PagefindApi): Promise<FilterCounts> {
  allFilters ??= api.filters().catch((error: unknown) => {
    allFilters = undefined;
    throw error;
  });
  return allFilters;
}
