/**
 * The search index in the build: the records route renders the records with the pages; the index is
 * started early from the exported catalog (`search-early-index.ts`) and finished from the rendered
 * records once the build is done (`search-index.ts`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { CatalogExport } from '../src/lib/catalog/export';
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

/** Starts the early index of `catalog`, when the last build left its content records; never fails. */
async function startEarlyIndex(
  catalog: Pick<CatalogExport, 'products' | 'categories'>,
  cache: BundleCache,
  contentFile: string,
  logger: AstroIntegrationLogger,
): Promise<EarlyIndexResult | undefined> {
  const content = await readContentRecords(contentFile);
  if (typeof content === 'string') {
    logger.info(`the index starts once the pages are built: ${content}`);
    return undefined;
  }
  const started = performance.now();
  const layout = { recordsPerBundle: RECORDS_PER_BUNDLE, maxFragmentFiles: MAX_FRAGMENT_FILES };
  try {
    const result = await buildEarlyIndex({ ...catalog, content, cache, ...layout });
    const built = `${plural(result.written.size, 'bundle')} of ${result.bundles} indexed early`;
    const records = result.records.toLocaleString('en-US');
    logger.info(`${built} from ${records} records in ${seconds(performance.now() - started)}`);
    return result;
  } catch (error) {
    logger.warn(`the early index failed, so the index is built from the pages: ${messageOf(error)}`);
    return undefined;
  }
}

/** The integration: renders the records with the pages, then builds the index from them. */
export default function searchIndex(): AstroIntegration {
  let building = false;
  let cache: BundleCache | undefined;
  let contentFile = '';
  let productCount: number | undefined;
  let early: Promise<EarlyIndexResult | undefined> | undefined;
  return {
    name: 'storefront:search-index',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        building = command === 'build';
        injectRoute({
          pattern: RECORDS_ROUTE,
          entrypoint: new URL('./search-records-route.ts', import.meta.url),
          prerender: true,
        });
      },
      'astro:config:done': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const bundleCache = bundleCacheAt(path.resolve(root, searchIndexCacheDirFrom(process.env)));
        const contentRecords = path.resolve(root, searchContentRecordsFileFrom(process.env));
        cache = bundleCache;
        contentFile = contentRecords;
        // As soon as the catalog is exported, while Astro still writes its store and bundles the site
        // (`astro sync` and `astro check` export it too, and build nothing).
        if (building)
          stagedCatalog.takeWhenPut((catalog) => {
            productCount = catalog.products.length;
            early = startEarlyIndex(catalog, bundleCache, contentRecords, logger);
          });
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
