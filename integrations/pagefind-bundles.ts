/**
 * Pagefind's indexing service, as the search index uses it: bundles created, fed and written (I/O).
 * Each service runs in a worker thread of its own (`pagefind-worker.js`), so that a main thread busy
 * bundling or rendering does not hold up the records Pagefind is waiting for.
 */
import { Worker } from 'node:worker_threads';
import type { SearchRecord } from '../src/lib/search/records';

/** Why the index could not be built, for the build's error. */
export class SearchIndexError extends Error {
  constructor(cause: string) {
    super(`The search index could not be built: ${cause}`);
    this.name = 'SearchIndexError';
  }
}

/** An error's message, whatever was thrown. */
export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One bundle of the index, being built. */
export interface PagefindBundle {
  /** Adds the records in order; fails on the first record Pagefind refuses. */
  add(records: readonly SearchRecord[]): Promise<void>;
  /** Writes the bundle's index into `outputPath`. */
  write(outputPath: string): Promise<void>;
}

/** A Pagefind service: its bundles share one Pagefind process. */
export interface PagefindService {
  /** A new bundle, its fragments in at most `maxFragments` files. */
  createBundle(maxFragments: number): Promise<PagefindBundle>;
  /** Stops the service, once no bundle is being built; it cannot be used again. */
  close(): Promise<void>;
}

type Reply = { id: number; error?: string };

/** Starts a service in a worker thread. */
export function openPagefind(): PagefindService {
  const worker = new Worker(new URL('./pagefind-worker.js', import.meta.url));
  // A build that fails midway exits without closing the service.
  worker.unref();
  const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let ended: Error | undefined;
  const endAll = (error: Error) => {
    ended = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on('message', ({ id, error }: Reply) => {
    const call = pending.get(id);
    pending.delete(id);
    if (error === undefined) call?.resolve();
    else call?.reject(new SearchIndexError(error));
  });
  worker.on('error', (error) => endAll(new SearchIndexError(messageOf(error))));
  worker.on('exit', (code) => endAll(new SearchIndexError(`Pagefind's worker exited (${code})`)));
  const call = (op: string, args: Record<string, unknown> = {}) =>
    new Promise<void>((resolve, reject) => {
      if (ended) return reject(ended);
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, op, ...args });
    });
  let bundles = 0;
  return {
    async createBundle(maxFragments) {
      const bundle = bundles++;
      await call('create', { bundle, maxFragments });
      return {
        add: (records) => call('add', { bundle, records }),
        write: (outputPath) => call('write', { bundle, outputPath }),
      };
    },
    async close() {
      if (ended) return;
      await call('close');
    },
  };
}
