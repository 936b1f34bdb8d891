/**
 * Pagefind's browser API, loaded on first use from the built index (never bundled with the site's
 * code), with the other bundles merged in. I/O: it fetches the index.
 */
import { searchBundlePaths } from './bundles';
import { SEARCH_BUNDLE_PATH } from './contract';
import { BUNDLE_MANIFEST_PATH } from './index-layout';
import { mergeBundles } from './merge-bundles';
import type { PagefindFilters } from './filters';
import type { FilterCounts } from './facets';
import type { ResultData } from './result-view';

/** One hit; `data()` fetches its record, so call it only for results on screen. */
export interface PagefindResult {
  id: string;
  /** Relevance within its bundle; 0 for results merged in sort order. */
  score: number;
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

/** What the site uses of Pagefind's module (`pagefind.js`). */
export interface PagefindModule extends PagefindApi {
  options(options: { basePath?: string; baseUrl?: string }): Promise<void>;
}

/**
 * The bundles at `paths` searched as one, each by its own copy of Pagefind's module (`modules[i]`
 * imported from `paths[i]`). Each copy has its own worker and WebAssembly memory, so the bundles
 * search in parallel on as many cores as the device has, and none corrupts another's memory, as
 * instances sharing one worker do when they instantiate its WebAssembly at once.
 */
export async function openBundles(
  modules: readonly PagefindModule[],
  paths: readonly string[],
  baseUrl?: string,
): Promise<PagefindApi> {
  await Promise.all(
    modules.map((pagefind, i) => pagefind.options({ basePath: paths[i], ...(baseUrl ? { baseUrl } : {}) })),
  );
  return mergeBundles(modules);
}

let loading: Promise<PagefindApi> | undefined;

async function readManifest(): Promise<unknown> {
  const response = await fetch(BUNDLE_MANIFEST_PATH);
  if (!response.ok) throw new Error(`${BUNDLE_MANIFEST_PATH} answered ${response.status}`);
  return response.json();
}

const importPagefind = (bundle: string) =>
  import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindModule>;

async function load(): Promise<PagefindApi> {
  // The first bundle's module loads while the manifest is read, the others' once it names them.
  const [manifest, primary] = await Promise.all([readManifest(), importPagefind(SEARCH_BUNDLE_PATH)]);
  const paths = searchBundlePaths(manifest);
  const others = await Promise.all(paths.slice(1).map(importPagefind));
  return openBundles([primary, ...others], paths);
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
let filtersRead = false;

/** Whether `indexFilters` has answered on this page: searches count facets without a wait. */
export const filtersLoaded = (): boolean => filtersRead;

/** Every filter the index holds with its values, read once per page. */
export function indexFilters(api: PagefindApi): Promise<FilterCounts> {
  allFilters ??= api.filters().then(
    (filters) => {
      filtersRead = true;
      return filters;
    },
    (error: unknown) => {
      allFilters = undefined;
      throw error;
    },
  );
  return allFilters;
}
