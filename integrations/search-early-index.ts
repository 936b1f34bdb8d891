/**
 * Indexes the search records while the site is still being built, from the catalog the loader
 * exported and the content records the last build indexed, into the bundle cache. Once the pages are
 * rendered, `buildSearchIndex` takes each bundle whose rendered records are exactly these (same
 * digest) instead of indexing it; a bundle whose records turn out otherwise (the content changed, say)
 * is indexed as usual and this one is dropped. Pagefind runs in a process of its own, so this uses the
 * core that bundling and rendering leave idle.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Category, Product } from '../src/lib/catalog/schema';
import { bundleCount, bundleOf } from '../src/lib/search/index-layout';
import { productRecord, type SearchRecord } from '../src/lib/search/records';
import { openPagefind } from './pagefind-bundles';
import { bundleDigests, type BundleCache } from './search-bundle-cache';

/** Marks the file's layout, so that a file of another version is not read as this one. */
const FORMAT = 'storefront-search-content/1';

/** The records after the products (content pages, posts) from `file`, or why there are none. */
export async function readContentRecords(file: string): Promise<SearchRecord[] | string> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return `the last build left no content records at ${file}`;
  try {
    const parsed = JSON.parse(text) as { format?: unknown; records?: unknown };
    if (parsed.format === FORMAT && Array.isArray(parsed.records)) return parsed.records as SearchRecord[];
  } catch {
    // Reported below, like a file of another format.
  }
  return `${file} is not a file of content records this build reads`;
}

/** Keeps this build's content records for the next build's early index (written whole). */
export async function writeContentRecords(file: string, records: readonly SearchRecord[]): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, JSON.stringify({ format: FORMAT, records }));
  await rename(partial, file);
}

/** What the early index is built from, and where it goes. */
export interface EarlyIndexInput {
  products: readonly Product[];
  categories: readonly Category[];
  content: readonly SearchRecord[];
  cache: BundleCache;
  recordsPerBundle: number;
  maxFragmentFiles: number;
}

/** What the early index did: the bundles it wrote into the cache (by digest), of how many. */
export interface EarlyIndexResult {
  written: ReadonlySet<string>;
  bundles: number;
  records: number;
}

/**
 * Indexes the records the records route will render (products in catalog order, then `content`),
 * each bundle the cache does not hold already, into the cache.
 */
export async function buildEarlyIndex(input: EarlyIndexInput): Promise<EarlyIndexResult> {
  const { cache, recordsPerBundle, maxFragmentFiles } = input;
  const categoriesById = new Map(input.categories.map((category) => [category.id, category]));
  const records = [
    ...input.products.map((product) => productRecord(product, categoriesById)),
    ...input.content,
  ];
  const count = bundleCount(records.length, recordsPerBundle);
  const digests = await bundleDigests([records], count, { maxFragmentFiles });
  const written = new Set<string>();
  const pagefind = openPagefind();
  try {
    for (let i = 0; i < count; i++) {
      if (await cache.has(digests[i])) continue;
      const own = count === 1 ? records : records.filter((record) => bundleOf(record.url, count) === i);
      await cache.write(digests[i], async (folder) => {
        const bundle = await pagefind.createBundle(maxFragmentFiles);
        await bundle.add(own);
        await bundle.write(folder);
      });
      written.add(digests[i]);
    }
  } finally {
    await pagefind.close();
  }
  return { written, bundles: count, records: records.length };
}
