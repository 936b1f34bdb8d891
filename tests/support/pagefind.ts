/** Pagefind's browser API, loaded in Node from a built index that a test server serves. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** A result as Pagefind's `data()` gives it. */
export interface PagefindResultData {
  url: string;
  meta: Record<string, string>;
}

/** The part of Pagefind's browser API the tests use; in Node it runs on the main thread. */
export interface PagefindApi {
  search(
    query: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * Imports `pagefind.js` from `bundleDir`, which `bundleUrl` serves: in Node, Pagefind fetches its
 * index over HTTP. Result URLs stay paths, as the browser sees them.
 */
export async function loadPagefind(bundleDir: string, bundleUrl: string): Promise<PagefindApi> {
  const module = pathToFileURL(path.join(bundleDir, 'pagefind.js')).href;
  const pagefind = (await import(/* @vite-ignore */ module)) as PagefindApi & {
    options(options: { basePath: string; baseUrl: string }): Promise<void>;
  };
  await pagefind.options({ basePath: bundleUrl, baseUrl: '/' });
  return pagefind;
}
