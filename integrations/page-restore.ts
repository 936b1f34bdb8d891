/**
 * Restores the last build's pages into `dist/` from Astro's incremental-build cache in a worker thread
 * while the catalog loads, instead of one by one as Astro renders (I/O). Astro keeps a page that is
 * already in `dist/` when its `cacheKey` is unchanged and overwrites it otherwise, so the restore
 * changes only when the work is done; pages gone since the last build are removed once the build is done.
 * The pages are moved, not copied (at 100,000 products, copying their bytes became the longest step of
 * a rebuild), and linked back into the cache once the build is done: while Astro writes, no file of
 * `dist/` is one of the cache's, so a build that fails part of the way can never leave a page in the
 * cache under a key it no longer matches. After a failed build, the pages it moved are missing from
 * the cache, and the next build renders them again.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { cachedOutputFiles, staysInside, unwrittenFiles } from './page-restore-plan';

// The manifest layout this reads (`incremental-build.json`, version 1, Astro 7.3); another is not copied.
const MANIFEST_VERSION = 1;

/** What the worker replies: the files it did not find, and how many it linked. */
interface WorkerReply {
  missing: string[];
  linked: number;
}

/** Moves `files` from `from` to `to`, or links them, in a worker (`page-restore-worker.js`). */
function inWorker(mode: 'move' | 'link', from: string, to: string, files: string[]): Promise<WorkerReply> {
  const worker = new Worker(new URL('./page-restore-worker.js', import.meta.url), {
    workerData: { mode, from, to, files },
  });
  // A build that fails while the catalog loads exits without waiting for the move.
  worker.unref();
  return new Promise((resolve, reject) => {
    worker.once('message', (reply: WorkerReply) => resolve(reply));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the page-restore worker exited (${code})`)));
  });
}

/** Empties `dir` as Astro would before a build, keeping a `.git` folder. */
function emptyDir(dir: string) {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name !== '.git') rmSync(path.join(dir, name), { recursive: true, force: true, maxRetries: 3 });
  }
}

/** Removes `files` from `dir`, then any folder they leave empty. */
async function removeFiles(dir: string, files: readonly string[]) {
  const folders = new Set<string>();
  for (const file of files) {
    await rm(path.join(dir, file), { force: true });
    for (let folder = path.dirname(file); folder !== '.'; folder = path.dirname(folder)) folders.add(folder);
  }
  // Deepest first, so a parent is tried once its children are gone; a folder still in use stays.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    await rmdir(path.join(dir, folder)).catch(() => {});
  }
}

const toPosix = (file: string) => file.split(path.sep).join('/');

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The integration; does nothing outside `astro build` or without a usable incremental-build cache. */
export default function pageRestore(): AstroIntegration {
  let files: string[] = [];
  let moved: string[] = [];
  let moving: Promise<WorkerReply> | undefined;
  let outDir = '';
  let cachedPages = '';
  let started = 0;
  let logger: AstroIntegrationLogger | undefined;
  return {
    name: 'storefront:page-restore',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || !config.experimental.incrementalBuild) return;
        const manifest = new URL('incremental-build.json', config.cacheDir);
        let text: string | undefined;
        try {
          text = readFileSync(manifest, 'utf8');
        } catch {
          return;
        }
        // The manifest names files as URLs relative to `outDir` (percent-encoded); the worker needs paths.
        const outDirPath = fileURLToPath(config.outDir);
        files = cachedOutputFiles(text, MANIFEST_VERSION)
          .map((file) => toPosix(path.relative(outDirPath, fileURLToPath(new URL(file, config.outDir)))))
          .filter(staysInside);
        // The copies go in before Vite builds, so this integration empties `dist/` instead of Astro.
        if (files.length > 0) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config, logger: log }) => {
        if (files.length === 0) return;
        logger = log;
        outDir = fileURLToPath(config.outDir);
        emptyDir(outDir);
        started = performance.now();
        cachedPages = fileURLToPath(new URL('dist/', config.cacheDir));
        moving = inWorker('move', cachedPages, outDir, files);
      },
      'astro:build:start': async () => {
        if (!moving) return;
        try {
          const { missing } = await moving;
          // The worker made their folders before finding them missing.
          await removeFiles(outDir, missing);
          const notMoved = new Set(missing);
          moved = files.filter((file) => !notMoved.has(file));
          logger?.info(
            `moved ${moved.length} pages from the build cache into dist/ in ${seconds(performance.now() - started)}` +
              (missing.length ? ` (${missing.length} not in the cache)` : ''),
          );
        } catch (error) {
          // Astro renders what is no longer in the cache, and restores the rest itself.
          await removeFiles(outDir, files);
          logger?.warn(`moving pages from the build cache failed, so Astro restores them: ${String(error)}`);
        }
      },
      'astro:build:done': async ({ assets, dir }) => {
        if (moved.length === 0) return;
        const root = fileURLToPath(dir);
        const written = new Set<string>();
        for (const urls of assets.values()) {
          for (const url of urls) written.add(toPosix(path.relative(root, fileURLToPath(url))));
        }
        const gone = unwrittenFiles(moved, written);
        await removeFiles(root, gone);
        if (gone.length) logger?.info(`removed ${gone.length} restored pages the catalog no longer has`);
        const linking = performance.now();
        const removed = new Set(gone);
        const kept = moved.filter((file) => !removed.has(file));
        try {
          const { linked } = await inWorker('link', root, cachedPages, kept);
          logger?.info(
            `linked ${linked} pages back into the build cache in ${seconds(performance.now() - linking)}`,
          );
        } catch (error) {
          logger?.warn(
            `linking pages back into the build cache failed, so the next build renders them: ${String(error)}`,
          );
        }
      },
    },
  };
}
