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
  /** Another index searched apart from the default one, in the same worker and WebAssembly. */
  createInstance(options: { basePath: string; baseUrl?: string }): PagefindApi;
}

/** The bundles at `paths` (the first is the module's own index) searched as one. */
export async function openBundles(
  pagefind: PagefindModule,
  [primary, ...others]: readonly string[],
  baseUrl?: string,
): Promise<PagefindApi> {
  await pagefind.options({ basePath: primary, ...(baseUrl ? { baseUrl } : {}) });
  // Instances share one WebAssembly module, and two that load it at once each instantiate it, the
  // second leaving the first with pointers into memory it no longer uses. So the first instance
  // answers once (its filters, which searches read anyway) before the others start.
  if (others.length) await pagefind.filters();
  const rest = others.map((basePath) =>
    pagefind.createInstance({ basePath, ...(baseUrl ? { baseUrl } : {}) }),
  );
  return mergeBundles([pagefind, ...rest]);
}

let loading: Promise<PagefindApi> | undefined;

async function readManifest(): Promise<unknown> {
  const response = await fetch(BUNDLE_MANIFEST_PATH);
  if (!response.ok) throw new Error(`${BUNDLE_MANIFEST_PATH} answered ${response.status}`);
  return response.json();
}

async function load(): Promise<PagefindApi> {
  const [manifest, pagefind] = await Promise.all([
    readManifest(),
    import(/* @vite-ignore */ `${SEARCH_BUNDLE_PATH}pagefind.js`) as Promise<PagefindModule>,
  ]);
  return openBundles(pagefind, searchBundlePaths(manifest));
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
