/**
 * The disk fallback for Netlify Blobs (tests and local runs): one JSON file per key, with the same
 * conditional-write semantics. A lock file makes each compare-and-swap atomic across processes, and
 * a write lands by rename, so a reader never sees half a file.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StateStore, Versioned } from './state-store';

/** A lock older than this belonged to a process that died mid-write. */
const STALE_LOCK_MS = 10_000;

const etagOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
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
  return {
    async read(key): Promise<Versioned | null> {
      const text = await readText(file(key));
      return text === null ? null : { value: JSON.parse(text) as unknown, etag: etagOf(text) };
    },
    async write(key, value, expected) {
      await mkdir(directory, { recursive: true });
      const path = file(key);
      return withLock(`${path}.lock`, async () => {
        const text = await readText(path);
        const current = text === null ? null : etagOf(text);
        if (current !== expected) return false;
        const temporary = `${path}.${process.pid}.tmp`;
        await writeFile(temporary, JSON.stringify(value));
        await rename(temporary, path);
        return true;
      });
    },
  };
}
