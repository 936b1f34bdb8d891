/**
 * Keeps each search bundle's written index in the build cache, under the digest of everything it was
 * built from, so that a build whose bundle has the same records copies the index instead of building
 * it again (I/O). Pagefind writes the same files from the same records in the same order, so the copy
 * is what indexing would have written, and a digest can never name a stale index.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { bundleOf, isNestedBundleFolder } from '../src/lib/search/index-layout';
import type { SearchRecord } from '../src/lib/search/records';

/** Written indexes by digest, in one folder of the build cache. */
export interface BundleCache {
  has(digest: string): Promise<boolean>;
  /** Copies the cached index into `folder`. */
  restore(digest: string, folder: string): Promise<void>;
  /** Moves the cached index into `folder`: it is no longer cached. */
  take(digest: string, folder: string): Promise<void>;
  /** Caches the index `writeInto` writes into the folder it is given (whole, or not at all). */
  write(digest: string, writeInto: (folder: string) => Promise<void>): Promise<void>;
  /** Copies the index just written to `folder` into the cache, without the other bundles' folders inside it. */
  save(digest: string, folder: string): Promise<void>;
  /** Removes every cached index but these. */
  keepOnly(digests: ReadonlySet<string>): Promise<void>;
}

/** The cache kept in `dir`. */
export function bundleCacheAt(dir: string): BundleCache {
  const folderOf = (digest: string) => path.join(dir, digest);
  return {
    has: (digest) =>
      stat(path.join(folderOf(digest), 'pagefind-entry.json')).then(
        () => true,
        () => false,
      ),
    restore: (digest, folder) => cp(folderOf(digest), folder, { recursive: true }),
    async take(digest, folder) {
      const from = folderOf(digest);
      await mkdir(folder, { recursive: true });
      // Entry by entry: `folder` may already hold files of its own, such as the records being indexed.
      for (const name of await readdir(from)) {
        await rename(path.join(from, name), path.join(folder, name)).catch(async (error: unknown) => {
          if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
          await cp(path.join(from, name), path.join(folder, name), { recursive: true });
        });
      }
      await rm(from, { recursive: true, force: true });
    },
    async write(digest, writeInto) {
      const partial = `${folderOf(digest)}.${process.pid}.partial`;
      await rm(partial, { recursive: true, force: true });
      await writeInto(partial);
      await rm(folderOf(digest), { recursive: true, force: true });
      await rename(partial, folderOf(digest));
    },
    async save(digest, folder) {
      const into = folderOf(digest);
      await rm(into, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      // The first bundle's folder also holds the others' folders, which are cached on their own.
      const filter = (source: string) => !isNestedBundleFolder(path.relative(folder, source));
      await cp(folder, into, { recursive: true, filter });
    },
    async keepOnly(digests) {
      const names = await readdir(dir).catch(() => [] as string[]);
      await Promise.all(
        names
          .filter((name) => !digests.has(name))
          .map((name) => rm(path.join(dir, name), { recursive: true, force: true })),
      );
    },
  };
}

let pagefindVersion: Promise<string> | undefined;

/** The installed Pagefind's version: another version may write another index from the same records. */
function installedPagefind(): Promise<string> {
  pagefindVersion ??= readFile(new URL('../node_modules/pagefind/package.json', import.meta.url), 'utf8')
    .then((text) => String((JSON.parse(text) as { version?: unknown }).version))
    .catch(() => `unknown ${Date.now()}`);
  return pagefindVersion;
}

/**
 * The digest of each of `count` bundles: Pagefind's version, the layout, and the bundle's records
 * in the order they are added, a batch at a time.
 */
export async function bundleDigests(
  batches: AsyncIterable<readonly SearchRecord[]> | Iterable<readonly SearchRecord[]>,
  count: number,
  layout: { maxFragmentFiles: number },
): Promise<string[]> {
  const version = await installedPagefind();
  const hashes = Array.from({ length: count }, (_, bundle) =>
    createHash('sha256').update(JSON.stringify({ version, count, bundle, ...layout })),
  );
  for await (const batch of batches) {
    for (const record of batch) {
      hashes[count === 1 ? 0 : bundleOf(record.url, count)].update(`\n${JSON.stringify(record)}`);
    }
  }
  return hashes.map((hash) => hash.digest('base64url').slice(0, 32));
}
