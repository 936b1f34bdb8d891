/**
 * Worker thread of `page-restore.ts` (I/O), synchronous so that it goes on while the main thread is
 * busy. `move`: moves the listed files from the incremental-build cache's copies into `dist/` (a
 * rename, not a copy of their bytes), replying with those the cache did not hold, which Astro renders
 * itself. `link`: links the listed files of `dist/` back into the cache, where the cache has no newer
 * copy of its own, replying with how many it linked.
 * Across file systems, where neither a rename nor a link can go, the files are copied.
 */
import { copyFileSync, linkSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const { mode, from, to, files } = workerData;
const made = new Set();
const missing = [];
let linked = 0;

function move(source, destination) {
  try {
    renameSync(source, destination);
  } catch (error) {
    if (error?.code !== 'EXDEV') throw error;
    copyFileSync(source, destination);
  }
}

function link(source, destination) {
  try {
    linkSync(source, destination);
    linked += 1;
  } catch (error) {
    // Astro rendered this page again and wrote the cache its own copy.
    if (error?.code === 'EEXIST') return;
    if (error?.code !== 'EXDEV') throw error;
    copyFileSync(source, destination);
    linked += 1;
  }
}

for (const file of files) {
  const destination = path.join(to, file);
  const folder = path.dirname(destination);
  if (!made.has(folder)) {
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  }
  try {
    (mode === 'link' ? link : move)(path.join(from, file), destination);
  } catch (error) {
    if (error?.code !== 'ENOENT') throw error;
    missing.push(file);
  }
}
parentPort?.postMessage({ missing, linked });
