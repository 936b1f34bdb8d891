/**
 * Builds the Pagefind search index at the end of `astro build`, so every build's index matches its
 * pages. The records come from the catalog the pages were rendered from (`search-records-route.ts`),
 * never from the pages' HTML, so header, footer and navigation are never indexed.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
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
import { messageOf, openPagefind, SearchIndexError, type PagefindBundle } from './pagefind-bundles';
import { bundleDigests, type BundleCache } from './search-bundle-cache';

export { SearchIndexError } from './pagefind-bundles';

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

/** What indexing took: records, bundles (copied from the last build, or indexed early), milliseconds. */
export interface IndexTimes {
  records: number;
  bundles: number;
  reused: number;
  early: number;
  addMs: number;
  writeMs: number;
  /** The records from `keepRecordsFrom` on. */
  kept: SearchRecord[];
}

/** How the index is laid out (records per bundle, fragment files per bundle), and where it is cached. */
export interface IndexLayout {
  recordsPerBundle?: number;
  maxFragmentFiles?: number;
  /** Bundles whose records are unchanged since they were cached here are copied, not indexed. */
  cache?: BundleCache;
  /** Digests of the bundles this build indexed early into `cache`, which are moved, not copied. */
  early?: ReadonlySet<string>;
  /** Returns the records from this position on (in `kept`). */
  keepRecordsFrom?: number;
}

const readRecords = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as SearchRecord[];

async function* fileBatches(files: readonly string[]): AsyncIterable<SearchRecord[]> {
  for (const file of files) yield await readRecords(file);
}

/** How many records the rendered files hold: all full but the last. */
async function recordTotal(files: readonly string[]): Promise<number> {
  if (!files.length) return 0;
  return (files.length - 1) * RECORDS_PER_FILE + (await readRecords(files[files.length - 1])).length;
}

/**
 * Indexes the records rendered into `outDir`, removes them, and writes the index in their place: one
 * bundle, or several of about `recordsPerBundle` records (`bundleOf` picks each record's) and the
 * manifest that lists them, each bundle's fragments in at most `maxFragmentFiles` files.
 */
export async function buildSearchIndex(outDir: string, layout: IndexLayout = {}): Promise<IndexTimes> {
  const { recordsPerBundle = RECORDS_PER_BUNDLE, maxFragmentFiles = MAX_FRAGMENT_FILES, cache } = layout;
  const early = layout.early ?? new Set<string>();
  const started = performance.now();
  const recordsDir = path.join(outDir, path.posix.dirname(RECORDS_ROUTE));
  const files = await recordFiles(recordsDir);
  const pagefind = openPagefind();
  try {
    const count = bundleCount(await recordTotal(files), recordsPerBundle);
    // One bundle holds every record, so almost any change indexes it again, and keeping a copy would
    // cost every build the copy's writing (about 8 s at 10,000 products): only a split index is kept.
    const keep = count > 1 && cache !== undefined;
    const digests =
      cache && (keep || early.size)
        ? await bundleDigests(fileBatches(files), count, { maxFragmentFiles })
        : [];
    const cached = await Promise.all(
      digests.map((digest) => (keep || early.has(digest) ? cache!.has(digest) : Promise.resolve(false))),
    );
    // Unchanged bundles are copied (an early one is moved) while Pagefind indexes the others.
    const restoring = Promise.all(
      digests.flatMap((digest, i) => {
        if (!cached[i]) return [];
        const into = path.join(outDir, bundlePath(i));
        return [keep ? cache.restore(digest, into) : cache!.take(digest, into)];
      }),
    );
    // A copy that fails before the indexing is awaited still fails the build, not the process.
    restoring.catch(() => {});
    const bundles: (PagefindBundle | undefined)[] = [];
    for (let i = 0; i < count; i++)
      bundles.push(cached[i] ? undefined : await pagefind.createBundle(maxFragmentFiles));
    const kept: SearchRecord[] = [];
    let records = 0;
    for (const file of files) {
      const batch = await readRecords(file);
      for (let i = 0; i < count; i++) {
        const own = count === 1 ? batch : batch.filter((record) => bundleOf(record.url, count) === i);
        if (bundles[i]) await bundles[i]!.add(own);
      }
      if (layout.keepRecordsFrom !== undefined)
        kept.push(...batch.slice(Math.max(0, layout.keepRecordsFrom - records)));
      records += batch.length;
    }
    // The records are the index's input, not part of the site.
    await rm(recordsDir, { recursive: true, force: true });
    const added = performance.now();
    for (let i = 0; i < count; i++) {
      const outputPath = path.join(outDir, bundlePath(i));
      if (!bundles[i]) continue;
      await bundles[i]!.write(outputPath);
      if (keep) await cache.save(digests[i], outputPath);
    }
    await restoring;
    await cache?.keepOnly(new Set(keep ? digests : []));
    await writeFile(path.join(outDir, BUNDLE_MANIFEST_PATH), JSON.stringify(bundleManifest(count)));
    const fromEarly = digests.filter((digest, i) => cached[i] && early.has(digest)).length;
    return {
      records,
      bundles: count,
      reused: cached.filter(Boolean).length - fromEarly,
      early: fromEarly,
      addMs: added - started,
      writeMs: performance.now() - added,
      kept,
    };
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    throw new SearchIndexError(messageOf(error));
  } finally {
    await pagefind.close();
  }
}
