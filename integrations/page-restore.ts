/**
 * Restores the last build's pages into `dist/` from Astro's incremental-build cache in a worker thread
 * while the catalog loads, instead of one by one as Astro renders (I/O). Astro keeps a page that is
 * already in `dist/` when its `cacheKey` is unchanged and overwrites it otherwise, so the copy changes
 * only when the work is done; pages gone since the last build are removed once the build is done.
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

/** Copies `files` from `from` to `to` in a worker; resolves with the files the cache did not hold. */
function copyInWorker(from: string, to: string, files: string[]): Promise<string[]> {
  const worker = new Worker(new URL('./page-restore-worker.js', import.meta.url), {
    workerData: { from, to, files },
  });
  // A build that fails while the catalog loads exits without waiting for the copy.
  worker.unref();
  return new Promise((resolve, reject) => {
    worker.once('message', (reply: { missing: string[] }) => resolve(reply.missing));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the copying worker exited (${code})`)));
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
  let copied: string[] = [];
  let copying: Promise<string[]> | undefined;
  let outDir = '';
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
        // The manifest names files as URLs relative to `outDir` (percent-encoded); the copy needs paths.
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
        copying = copyInWorker(fileURLToPath(new URL('dist/', config.cacheDir)), outDir, files);
      },
      'astro:build:start': async () => {
        if (!copying) return;
        try {
          const missing = await copying;
          // The worker made their folders before finding them missing.
          await removeFiles(outDir, missing);
          const notCopied = new Set(missing);
          copied = files.filter((file) => !notCopied.has(file));
          logger?.info(
            `copied ${copied.length} pages from the build cache into dist/ in ${seconds(performance.now() - started)}` +
              (missing.length ? ` (${missing.length} not in the cache)` : ''),
          );
        } catch (error) {
          // Whatever was copied may be cut short: remove it all, and Astro restores the pages itself.
          await removeFiles(outDir, files);
          logger?.warn(`copying pages from the build cache failed, so Astro restores them: ${String(error)}`);
        }
      },
      'astro:build:done': async ({ assets, dir }) => {
        if (copied.length === 0) return;
        const root = fileURLToPath(dir);
        const written = new Set<string>();
        for (const urls of assets.values()) {
          for (const url of urls) written.add(toPosix(path.relative(root, fileURLToPath(url))));
        }
        const gone = unwrittenFiles(copied, written);
        await removeFiles(root, gone);
        if (gone.length) logger?.info(`removed ${gone.length} copied pages the catalog no longer has`);
      },
    },
  };
}
