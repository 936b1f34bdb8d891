/**
 * Builds the Pagefind search index at the end of `astro build`, so every build's index matches its
 * pages. The records come from the catalog the pages were rendered from (`search-records-route.ts`),
 * never from the pages' HTML, so header, footer and navigation are never indexed.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLE_PATH } from '../src/lib/search/contract';
import { MAX_FRAGMENT_FILES, RECORDS_ROUTE } from '../src/lib/search/index-layout';
import type { SearchRecord } from '../src/lib/search/records';

/** Records sent to Pagefind at once: enough to keep its service busy, few enough to bound memory. */
const IN_FLIGHT = 200;

/** Why the index could not be built, for the build's error. */
export class SearchIndexError extends Error {
  constructor(cause: string) {
    super(`The search index could not be built: ${cause}`);
    this.name = 'SearchIndexError';
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The rendered files of records in `folder`, in file order (`0.json`, `1.json`, … `10.json`). */
async function recordFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => {
    throw new SearchIndexError(`no records were rendered at ${folder} (is the records route missing?)`);
  });
  return names
    .filter((name) => /^\d+\.json$/.test(name))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10))
    .map((name) => path.join(folder, name));
}

/** Adds the records to the index, `IN_FLIGHT` at a time; fails on the first record Pagefind refuses. */
async function addRecords(index: pagefind.PagefindIndex, records: readonly SearchRecord[]): Promise<void> {
  for (let start = 0; start < records.length; start += IN_FLIGHT) {
    const batch = records.slice(start, start + IN_FLIGHT);
    await Promise.all(
      batch.map(async (record) => {
        // Pagefind answers a record it cannot take with errors, or rejects when it cannot read it.
        const errors = await index.addCustomRecord(record).then(
          (response) => response.errors,
          (error: unknown) => [messageOf(error)],
        );
        if (errors.length) throw new SearchIndexError(`Pagefind refused ${record.url}: ${errors.join('; ')}`);
      }),
    );
  }
}

/** What indexing took: records, and milliseconds to read and add them and to write the index. */
export interface IndexTimes {
  records: number;
  addMs: number;
  writeMs: number;
}

/**
 * Indexes the records rendered into `outDir`, removes them, and writes the index in their place, its
 * fragments in at most `maxFragmentFiles` files.
 */
export async function buildSearchIndex(
  outDir: string,
  maxFragmentFiles: number = MAX_FRAGMENT_FILES,
): Promise<IndexTimes> {
  const started = performance.now();
  const bundleDir = path.join(outDir, SEARCH_BUNDLE_PATH);
  const recordsDir = path.join(outDir, path.posix.dirname(RECORDS_ROUTE));
  const files = await recordFiles(recordsDir);
  try {
    const { index, errors } = await pagefind.createIndex({ maxFragments: maxFragmentFiles });
    if (!index) throw new SearchIndexError(`Pagefind did not start: ${errors.join('; ')}`);
    let records = 0;
    for (const file of files) {
      const batch = JSON.parse(await readFile(file, 'utf8')) as SearchRecord[];
      await addRecords(index, batch);
      records += batch.length;
    }
    // The records are the index's input, not part of the site.
    await rm(recordsDir, { recursive: true, force: true });
    const added = performance.now();
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length)
      throw new SearchIndexError(`writing ${bundleDir}: ${written.errors.join('; ')}`);
    return { records, addMs: added - started, writeMs: performance.now() - added };
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    throw new SearchIndexError(messageOf(error));
  } finally {
    await pagefind.close();
  }
}

/** The integration: renders the records with the pages, then builds the index from them. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'storefront:search-index',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: RECORDS_ROUTE,
          entrypoint: new URL('./search-records-route.ts', import.meta.url),
          prerender: true,
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { records, addMs, writeMs } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(
          `${records.toLocaleString('en-US')} records indexed in ${seconds(addMs + writeMs)} (added ${seconds(addMs)}, written ${seconds(writeMs)})`,
        );
      },
    },
  };
}
