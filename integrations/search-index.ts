/**
 * Builds the Pagefind search index at the end of `astro build`, so every build's index matches its
 * pages. The records come from the catalog the pages were rendered from (`search-records-route.ts`),
 * never from the pages' HTML, so header, footer and navigation are never indexed.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { bundleManifest } from '../src/lib/search/bundles';
import {
  BUNDLE_MANIFEST_PATH,
  bundleCount,
  bundleOf,
  bundlePath,
  MAX_FRAGMENT_FILES,
  RECORDS_PER_BUNDLE,
  RECORDS_PER_FILE,
  RECORDS_ROUTE,
} from '../src/lib/search/index-layout';
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

/** What indexing took: records, bundles, and milliseconds to read and add them and to write the index. */
export interface IndexTimes {
  records: number;
  bundles: number;
  addMs: number;
  writeMs: number;
}

/** How the index is laid out: records per bundle, fragment files per bundle. */
export interface IndexLayout {
  recordsPerBundle?: number;
  maxFragmentFiles?: number;
}

const readRecords = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as SearchRecord[];

/** How many records the rendered files hold: all full but the last. */
async function recordTotal(files: readonly string[]): Promise<number> {
  if (!files.length) return 0;
  return (files.length - 1) * RECORDS_PER_FILE + (await readRecords(files[files.length - 1])).length;
}

async function createBundle(maxFragments: number): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ maxFragments });
  if (!index) throw new SearchIndexError(`Pagefind did not start: ${errors.join('; ')}`);
  return index;
}

/**
 * Indexes the records rendered into `outDir`, removes them, and writes the index in their place: one
 * bundle, or several of about `recordsPerBundle` records (`bundleOf` picks each record's) and the
 * manifest that lists them, each bundle's fragments in at most `maxFragmentFiles` files.
 */
export async function buildSearchIndex(outDir: string, layout: IndexLayout = {}): Promise<IndexTimes> {
  const { recordsPerBundle = RECORDS_PER_BUNDLE, maxFragmentFiles = MAX_FRAGMENT_FILES } = layout;
  const started = performance.now();
  const recordsDir = path.join(outDir, path.posix.dirname(RECORDS_ROUTE));
  const files = await recordFiles(recordsDir);
  try {
    const count = bundleCount(await recordTotal(files), recordsPerBundle);
    const bundles: pagefind.PagefindIndex[] = [];
    for (let i = 0; i < count; i++) bundles.push(await createBundle(maxFragmentFiles));
    let records = 0;
    for (const file of files) {
      const batch = await readRecords(file);
      for (let i = 0; i < count; i++) {
        const own = count === 1 ? batch : batch.filter((record) => bundleOf(record.url, count) === i);
        await addRecords(bundles[i], own);
      }
      records += batch.length;
    }
    // The records are the index's input, not part of the site.
    await rm(recordsDir, { recursive: true, force: true });
    const added = performance.now();
    // The first bundle's folder holds the others, so it is written first.
    for (let i = 0; i < count; i++) {
      const outputPath = path.join(outDir, bundlePath(i));
      const written = await bundles[i].writeFiles({ outputPath });
      if (written.errors.length)
        throw new SearchIndexError(`writing ${outputPath}: ${written.errors.join('; ')}`);
    }
    await writeFile(path.join(outDir, BUNDLE_MANIFEST_PATH), JSON.stringify(bundleManifest(count)));
    return { records, bundles: count, addMs: added - started, writeMs: performance.now() - added };
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
        const { records, bundles, addMs, writeMs } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(
          `${records.toLocaleString('en-US')} records indexed in ${seconds(addMs + writeMs)} (added ${seconds(addMs)}, written ${seconds(writeMs)}) into ${bundles} ${bundles === 1 ? 'bundle' : 'bundles'}`,
        );
      },
    },
  };
}
