/**
 * Worker thread of `page-restore.ts` (I/O): copies the listed files from the incremental-build cache's
 * copies into `dist/`, synchronously, so the copying goes on while the main thread is busy loading the
 * catalog. Replies with the files it did not find in the cache, which Astro renders itself.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const { from, to, files } = workerData;
const made = new Set();
const missing = [];
for (const file of files) {
  const destination = path.join(to, file);
  const folder = path.dirname(destination);
  if (!made.has(folder)) {
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  }
  try {
    copyFileSync(path.join(from, file), destination);
  } catch (error) {
    if (error?.code !== 'ENOENT') throw error;
    missing.push(file);
  }
}
parentPort?.postMessage({ missing });
