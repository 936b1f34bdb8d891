/** Astro content-layer loaders fed by one shared catalog export per build. */
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { createClient } from '../bigcommerce/client';
import { exportConcurrencyFrom, resolveStoreConfig, type StoreConfig } from '../config';
import { previousCatalogOf, rememberCatalog } from './catalog-cache';
import {
  CATALOG_COLLECTIONS,
  placedEntryId,
  PRODUCT_SNAPSHOT_ENTRY_ID,
  SETTINGS_ENTRY_ID,
  type CatalogCollection,
} from './collections';
import { stageCatalogManifest } from './catalog-manifest-file';
import { manifestOf } from './shrink-guard';
import type { CatalogExport } from './export';
import { cacheIdentity } from './export-plan';
import {
  DEV_PRODUCT_SNAPSHOT_FILE,
  PRODUCT_SNAPSHOT_FILE,
  productSnapshotPathFrom,
  writeProductSnapshot,
} from './product-snapshot-file';
import { stagedCatalog } from './staged-catalog';
import { holdStoreSave } from './store-save-hold';
import { exportForBuild, type BuildExport, type PreviousCatalog } from './partial-export';

interface SharedExport {
  promise: Promise<BuildExport>;
  served: Set<CatalogCollection>;
  /** Hands the export the products loader's cached catalog, which an incremental export merges into. */
  offerPrevious: (previous: PreviousCatalog) => void;
}

// One export per endpoint, shared by the four loaders of a sync; forgotten once all four have
// used it (so the next sync, e.g. in `astro dev`, fetches afresh) or as soon as it fails.
const sharedExports = new Map<string, SharedExport>();

function startExport(config: StoreConfig, { logger, meta, watcher }: LoaderContext): SharedExport {
  const tokenVariable = process.env.BIGCOMMERCE_PRIVATE_TOKEN?.trim()
    ? 'BIGCOMMERCE_PRIVATE_TOKEN'
    : 'BIGCOMMERCE_STOREFRONT_TOKEN';
  const client = createClient({
    endpoint: config.endpoint,
    token: config.buildToken,
    tokenVariable,
    onRetry: ({ attempt, delayMs, error }) =>
      logger.warn(
        `catalog: retrying ${error.operationName ?? 'a request'} (attempt ${attempt + 1}) in ${delayMs} ms: ${error.message}`,
      ),
  });
  const concurrency = exportConcurrencyFrom(process.env);
  logger.info(`catalog: exporting from ${config.endpoint}, ${concurrency} requests at a time`);
  let offerPrevious: SharedExport['offerPrevious'] = () => {};
  const previous = new Promise<PreviousCatalog>((resolve) => (offerPrevious = resolve));
  // One hold per export: any collection's meta postpones the save of the whole store.
  const promise = holdStoreSave(
    meta,
    exportForBuild(client, {
      body: process.env.INCOMING_HOOK_BODY,
      identity: cacheIdentity(config),
      previous: () => previous,
      logger,
      concurrency,
    }),
  );
  const shared: SharedExport = { promise, served: new Set(), offerPrevious };
  shared.promise.catch(() => sharedExports.delete(config.endpoint));
  // The shrink guard judges this catalog before the build renders it (integrations/catalog-shrink-guard.ts).
  void shared.promise.then(
    ({ catalog }) => {
      stageCatalogManifest(manifestOf(catalog, config.endpoint));
      // Only a build has hooks to take it: `astro dev` would keep its every sync's catalog alive.
      if (watcher === undefined) stagedCatalog.put(catalog);
    },
    () => {},
  );
  return shared;
}

/** The product snapshot's file for this sync: only `astro dev` gives loaders a file watcher. */
const snapshotPathFor = (context: LoaderContext) =>
  productSnapshotPathFrom(
    process.env,
    context.watcher === undefined ? PRODUCT_SNAPSHOT_FILE : DEV_PRODUCT_SNAPSHOT_FILE,
  );

async function catalogFor(collection: CatalogCollection, context: LoaderContext): Promise<BuildExport> {
  const config = resolveStoreConfig(process.env);
  if (config.kind === 'sample') {
    throw new Error(
      'No BigCommerce store is configured, so there is no catalog to load. Run `npm run build` or `npm start`, ' +
        'which start the local sample store and point the build at it, or set BIGCOMMERCE_STORE_HASH ' +
        '(or BIGCOMMERCE_GRAPHQL_URL) and BIGCOMMERCE_PRIVATE_TOKEN for your own store.',
    );
  }
  let shared = sharedExports.get(config.endpoint);
  if (!shared || shared.served.has(collection)) {
    shared = startExport(config, context);
    sharedExports.set(config.endpoint, shared);
  }
  shared.served.add(collection);
  if (collection === 'products') shared.offerPrevious(previousCatalogOf(context, process.env));
  if (CATALOG_COLLECTIONS.every((name) => shared.served.has(name))) sharedExports.delete(config.endpoint);
  return shared.promise;
}

function entriesOf(
  collection: Exclude<CatalogCollection, 'products'>,
  catalog: CatalogExport,
): { id: string; data: Record<string, unknown> }[] {
  if (collection === 'settings') return [{ id: SETTINGS_ENTRY_ID, data: catalog.settings }];
  return catalog[collection].map((item, position) => ({ id: placedEntryId(position, item.id), data: item }));
}

/**
 * Writes the entries into the data store. Digests make unchanged entries no-ops; entries gone from the
 * store are deleted. Pages list entries in store order, which their ids keep (`placedEntryId`); should
 * the order of the entries kept still differ, the collection is rewritten, so that two builds of one
 * catalog give identical files.
 */
function syncStore(context: LoaderContext, entries: { id: string; data: Record<string, unknown> }[]) {
  const { store, meta, generateDigest, logger } = context;
  const ids = entries.map((entry) => entry.id);
  const previous = store.keys();
  // Sets, not `includes`: a warm build of a large catalog would otherwise compare every id with every id.
  const current = new Set(ids);
  const stored = new Set(previous);
  const reordered =
    previous.filter((id) => current.has(id)).join('\n') !== ids.filter((id) => stored.has(id)).join('\n');
  if (reordered) store.clear();
  const digests: string[] = [];
  let changed = 0;
  for (const { id, data } of entries) {
    const digest = generateDigest(data);
    digests.push(digest);
    if (store.set({ id, data, digest })) changed += 1;
  }
  const removed = store.keys().filter((id) => !current.has(id));
  for (const id of removed) store.delete(id);

  const fingerprint = generateDigest(`${ids.join(',')}|${digests.join(',')}`);
  const unchanged = meta.get('fingerprint') === fingerprint && changed === 0 && removed.length === 0;
  meta.set('fingerprint', fingerprint);
  meta.set('counts', JSON.stringify({ entries: entries.length, changed, removed: removed.length }));
  logger.info(
    unchanged
      ? `${entries.length} entries, unchanged since the last build`
      : `${entries.length} entries: ${changed} new or changed, ${removed.length} removed`,
  );
}

/** A loader for one catalog collection; all four share a single export of the store per build. */
export function bigcommerceLoader({ collection }: { collection: CatalogCollection }): Loader {
  return {
    name: `bigcommerce-${collection}`,
    async load(context) {
      const built = await catalogFor(collection, context);
      if (collection !== 'products') return syncStore(context, entriesOf(collection, built.catalog));
      // The products go to a file of their own; Astro's store keeps only which file that is.
      const file = snapshotPathFor(context);
      const ref = writeProductSnapshot(file, built.catalog.products);
      context.logger.info(`${ref.count} products written to ${path.basename(file)}`);
      // No digest of their own: V8 writes an equal string differently as its form in memory differs
      // (how the reply that held it arrived), so the file's digest is new every build, changed or not.
      const { store } = context;
      for (const id of store.keys()) if (id !== PRODUCT_SNAPSHOT_ENTRY_ID) store.delete(id);
      store.set({ id: PRODUCT_SNAPSHOT_ENTRY_ID, data: { ...ref } });
      rememberCatalog(context, built, cacheIdentity(resolveStoreConfig(process.env)));
    },
  };
}
