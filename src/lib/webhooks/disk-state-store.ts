/**
 * The disk fallback for Netlify Blobs (tests and local runs): one JSON file per key, with the same
 * conditional-write semantics. A lock file makes each compare-and-swap atomic across processes, and
 * a write lands by rename, so a reader never sees half a file.
 */
import type { BigIntStats } from 'node:fs';
import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StateStore, Versioned } from './state-store';

/** A lock older than this belonged to a process that died mid-write. */
const STALE_LOCK_MS = 10_000;

// Every write renames a new file into place, so inode, mtime (in ns) and size name one version.
const etagOf = (stats: BigIntStats) => `${stats.ino}-${stats.mtimeNs}-${stats.size}`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

async function readVersioned(path: string): Promise<{ text: string; etag: string } | null> {
  try {
    const handle = await open(path, 'r');
    try {
      const [stats, text] = await Promise.all([handle.stat({ bigint: true }), handle.readFile('utf8')]);
      return { text, etag: etagOf(stats) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (missing(error)) return null;
    throw error;
  }
}

async function currentEtag(path: string): Promise<string | null> {
  return stat(path, { bigint: true }).then(etagOf, (error: unknown) => {
    if (missing(error)) return null;
    throw error;
  });
}

async function withLock<T>(lockPath: string, work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const since = await stat(lockPath).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (since > STALE_LOCK_MS) await rm(lockPath, { force: true });
      else await pause(1 + Math.random() * 4);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockPath, { force: true });
  }
}

/** A `StateStore` in `directory` (created on first write). */
export function diskStateStore(directory: string): StateStore {
  const file = (key: string) => join(directory, `${encodeURIComponent(key)}.json`);
  let made: Promise<unknown> | undefined;
  return {
    async read(key): Promise<Versioned | null> {
      const found = await readVersioned(file(key));
      return found && { value: JSON.parse(found.text) as unknown, etag: found.etag };
    },
    async write(key, value, expected) {
      await (made ??= mkdir(directory, { recursive: true }));
      const path = file(key);
      return withLock(`${path}.lock`, async () => {
        if ((await currentEtag(path)) !== expected) return false;
        const temporary = `${path}.${process.pid}.tmp`;
        await writeFile(temporary, JSON.stringify(value));
        await rename(temporary, path);
        return true;
      });
    },
  };
}
