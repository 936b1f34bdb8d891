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
import { searchIndexCacheDirFrom } from '../src/lib/config';
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
import { bundleCacheAt, bundleDigests, type BundleCache } from './search-bundle-cache';

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

/** What indexing took: records, bundles (and how many were copied from the cache), and milliseconds. */
export interface IndexTimes {
  records: number;
  bundles: number;
  reused: number;
  addMs: number;
  writeMs: number;
}

/** How the index is laid out (records per bundle, fragment files per bundle), and where it is cached. */
export interface IndexLayout {
  recordsPerBundle?: number;
  maxFragmentFiles?: number;
  /** Bundles whose records are unchanged since they were cached here are copied, not indexed. */
  cache?: BundleCache;
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
    // One bundle holds every record, so almost any change indexes it again, and keeping a copy would
    // cost every build the copy's writing (about 8 s at 10,000 products): only a split index is kept.
    const cache = count > 1 ? layout.cache : undefined;
    if (!cache) await layout.cache?.keepOnly(new Set());
    const digests = cache ? await bundleDigests(files, count, { maxFragmentFiles }, readRecords) : [];
    const cached = await Promise.all(digests.map((digest) => cache!.has(digest)));
    // Unchanged bundles are copied while Pagefind indexes the others in its own process.
    const restoring = Promise.all(
      digests.flatMap((digest, i) =>
        cached[i] ? [cache!.restore(digest, path.join(outDir, bundlePath(i)))] : [],
      ),
    );
    // A copy that fails before the indexing is awaited still fails the build, not the process.
    restoring.catch(() => {});
    const bundles: (pagefind.PagefindIndex | undefined)[] = [];
    for (let i = 0; i < count; i++)
      bundles.push(cached[i] ? undefined : await createBundle(maxFragmentFiles));
    let records = 0;
    for (const file of files) {
      const batch = await readRecords(file);
      for (let i = 0; i < count; i++) {
        const own = count === 1 ? batch : batch.filter((record) => bundleOf(record.url, count) === i);
        if (bundles[i]) await addRecords(bundles[i]!, own);
      }
      records += batch.length;
    }
    // The records are the index's input, not part of the site.
    await rm(recordsDir, { recursive: true, force: true });
    const added = performance.now();
    for (let i = 0; i < count; i++) {
      const outputPath = path.join(outDir, bundlePath(i));
      const bundle = bundles[i];
      if (!bundle) continue;
      const written = await bundle.writeFiles({ outputPath });
      if (written.errors.length)
        throw new SearchIndexError(`writing ${outputPath}: ${written.errors.join('; ')}`);
      await cache?.save(digests[i], outputPath);
    }
    await restoring;
    await cache?.keepOnly(new Set(digests));
    await writeFile(path.join(outDir, BUNDLE_MANIFEST_PATH), JSON.stringify(bundleManifest(count)));
    const reused = cached.filter(Boolean).length;
    return { records, bundles: count, reused, addMs: added - started, writeMs: performance.now() - added };
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    throw new SearchIndexError(messageOf(error));
  } finally {
    await pagefind.close();
  }
}

/** The integration: renders the records with the pages, then builds the index from them. */
export default function searchIndex(): AstroIntegration {
  let cache: BundleCache | undefined;
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
      'astro:config:done': ({ config }) => {
        const root = fileURLToPath(config.root);
        cache = bundleCacheAt(path.resolve(root, searchIndexCacheDirFrom(process.env)));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { records, bundles, reused, addMs, writeMs } = await buildSearchIndex(fileURLToPath(dir), {
          cache,
        });
        const copied = reused ? `, ${reused} of them unchanged and copied from the last build` : '';
        logger.info(
          `${records.toLocaleString('en-US')} records indexed in ${seconds(addMs + writeMs)} (added ${seconds(addMs)}, written ${seconds(writeMs)}) into ${bundles} ${bundles === 1 ? 'bundle' : 'bundles'}${copied}`,
        );
      },
    },
  };
}
