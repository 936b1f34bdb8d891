/**
 * The search index in the build: the records route renders the records with the pages; the index is
 * started early from the exported catalog (`search-early-index.ts`) and finished from the rendered
 * records once the build is done (`search-index.ts`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stagedCatalog } from '../src/lib/catalog/staged-catalog';
import { searchContentRecordsFileFrom, searchIndexCacheDirFrom } from '../src/lib/config';
import { MAX_FRAGMENT_FILES, RECORDS_PER_BUNDLE, RECORDS_ROUTE } from '../src/lib/search/index-layout';
import { messageOf } from './pagefind-bundles';
import { bundleCacheAt, type BundleCache } from './search-bundle-cache';
import {
  buildEarlyIndex,
  readContentRecords,
  writeContentRecords,
  type EarlyIndexResult,
} from './search-early-index';
import { buildSearchIndex } from './search-index';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;

/** The integration: renders the records with the pages, then builds the index from them. */
export default function searchIndex(): AstroIntegration {
  let cache: BundleCache | undefined;
  let contentFile = '';
  let productCount: number | undefined;
  let early: Promise<EarlyIndexResult | undefined> | undefined;
  return {
    name: 'storefront:search-index',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: RECORDS_ROUTE,
          entrypoint: new URL('./search-records-route.ts', import.meta.url),
          prerender: true,
        });
      },
      'astro:config:done': ({ config }) => {
        const root = fileURLToPath(config.root);
        cache = bundleCacheAt(path.resolve(root, searchIndexCacheDirFrom(process.env)));
        contentFile = path.resolve(root, searchContentRecordsFileFrom(process.env));
      },
      'astro:build:start': async ({ logger }) => {
        // Taken, so the catalog is collected once its records are made.
        const catalog = stagedCatalog.take();
        if (!catalog || !cache) return;
        productCount = catalog.products.length;
        const content = await readContentRecords(contentFile);
        if (typeof content === 'string')
          return logger.info(`the index starts once the pages are built: ${content}`);
        const started = performance.now();
        const input = { ...catalog, content, cache };
        early = buildEarlyIndex({
          ...input,
          recordsPerBundle: RECORDS_PER_BUNDLE,
          maxFragmentFiles: MAX_FRAGMENT_FILES,
        }).then(
          (result) => {
            const built = `${plural(result.written.size, 'bundle')} of ${result.bundles} indexed early`;
            logger.info(
              `${built} from ${result.records.toLocaleString('en-US')} records in ${seconds(performance.now() - started)}`,
            );
            return result;
          },
          (error: unknown) => {
            logger.warn(`the early index failed, so the index is built from the pages: ${messageOf(error)}`);
            return undefined;
          },
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const waiting = performance.now();
        const written = (await early)?.written;
        const waited = performance.now() - waiting;
        const times = await buildSearchIndex(fileURLToPath(dir), {
          cache,
          early: written,
          keepRecordsFrom: productCount,
        });
        if (productCount !== undefined) await writeContentRecords(contentFile, times.kept);
        const { records, bundles, reused, addMs, writeMs } = times;
        const copied = reused ? `, ${reused} of them unchanged and copied from the last build` : '';
        const ahead = written
          ? `; ${times.early} of ${written.size} indexed early matched the pages (${seconds(waited)} waited for them)`
          : '';
        logger.info(
          `${records.toLocaleString('en-US')} records indexed in ${seconds(addMs + writeMs)} (added ${seconds(addMs)}, written ${seconds(writeMs)}) into ${plural(bundles, 'bundle')}${copied}${ahead}`,
        );
      },
    },
  };
}
