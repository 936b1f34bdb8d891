/**
 * A build the build hook started can fail, and the next one starts from the cache of the last build
 * that finished. The chain from the webhook endpoint's state machine to the build's export shows
 * that nothing is lost: each body names again what earlier sends named, and a cache older than the
 * send a body counts from gets a full export.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { generateStore } from '../../local-store/data/generate';
import type { StoreData } from '../../local-store/data/types';
import { priceChange, productMoved } from '../../scripts/bench/catalog-changes';
import { previousCatalogOf, rememberCatalog } from '../../src/lib/catalog/catalog-cache';
import { PRODUCT_SNAPSHOT_ENTRY_ID } from '../../src/lib/catalog/collections';
import { exportCatalog, type CatalogExport } from '../../src/lib/catalog/export';
import { cacheIdentity } from '../../src/lib/catalog/export-plan';
import { exportChanges, exportForBuild, type BuildExport } from '../../src/lib/catalog/partial-export';
import { productSnapshotPathFrom, writeProductSnapshot } from '../../src/lib/catalog/product-snapshot-file';
import { requestFullRebuild, type TickPlan } from '../../src/lib/webhooks/rebuild-state';
import type { RebuildRequest } from '../../src/lib/webhooks/rebuild-request';
import { product, scenario, windows } from '../webhooks/rebuild-scenario';
import { samePortStores } from '../support/same-port-store';
import { testClient } from './local-store';

const withStore = samePortStores();
const silent = { info() {}, warn() {} };
const withoutReport = ({ report: _report, ...catalog }: CatalogExport) =>
  JSON.parse(JSON.stringify(catalog)) as unknown;

const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'failed-build-test-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
let deployments = 0;

/**
 * What Netlify keeps between builds: the products collection's entry and meta, and the product
 * snapshot, saved only when a build finishes.
 */
function deployment() {
  // Each deployment its own build cache folder.
  const env = { STOREFRONT_CACHE_DIR: path.join(cacheDir, String((deployments += 1))) };
  let entry: { id: string; data: unknown } | undefined;
  const meta = new Map<string, string>();
  const context = {
    store: { get: (id: string) => (id === entry?.id ? entry : undefined) },
    meta: {
      get: (key: string) => meta.get(key),
      set: (key: string, value: string) => void meta.set(key, value),
      has: (key: string) => meta.has(key),
      delete: (key: string) => void meta.delete(key),
    },
  } as unknown as LoaderContext;
  return {
    /** Runs a build's export of `data` with `body` (the cache is saved only if the caller says it finished). */
    build: (data: StoreData, body: RebuildRequest | undefined) =>
      withStore(data, async (store) => {
        const lines: string[] = [];
        const identity = cacheIdentity({ endpoint: store.graphqlUrl, channelId: 1 });
        const built = await exportForBuild(testClient(store).client, {
          body: body && JSON.stringify(body),
          identity,
          previous: () => Promise.resolve(previousCatalogOf(context, env)),
          logger: { info: (line: string) => lines.push(line), warn: () => {} },
        });
        const finish = () => {
          rememberCatalog(context, built, identity);
          const ref = writeProductSnapshot(productSnapshotPathFrom(env), built.catalog.products);
          entry = { id: PRODUCT_SNAPSHOT_ENTRY_ID, data: ref };
        };
        return { ...built, path: lines.find((line) => / export, because /.test(line)), finish };
      }),
  };
}

/** The body of a tick that must send; the hook call succeeds. */
function send(s: ReturnType<typeof scenario>): RebuildRequest {
  s.advance(windows.debounceMs);
  const plan: TickPlan = s.tick();
  if (plan.action !== 'send') throw new Error(`expected a send, the tick planned: ${plan.action}`);
  s.settle(true);
  return plan.request;
}

const fullExportOf = (data: StoreData) => withStore(data, (store) => exportCatalog(testClient(store).client));
const priceOf = (catalog: CatalogExport, id: number) =>
  catalog.products.find((item) => item.id === id)?.prices?.price.amount;

describe('after a build that failed', () => {
  const base = generateStore({ products: 60, seed: 11 });
  const first = priceChange(base);
  const second = productMoved(first.data);
  const [edited] = first.body.products;

  it('the next incremental build still applies the failed build’s change', async () => {
    const endpoint = scenario();
    const site = deployment();
    endpoint.set(requestFullRebuild(endpoint.state, 'safety-net', endpoint.at()));
    (await site.build(base, send(endpoint))).finish();

    endpoint.deliver('price-edit', product(edited));
    const failedBody = send(endpoint);
    await site.build(first.data, failedBody); // it fails after the export: nothing is saved

    endpoint.deliver('move', product(second.body.products[0]));
    const next = await site.build(second.data, send(endpoint));
    expect(next.path).toMatch(/^catalog: incremental export/);
    const reference = await fullExportOf(second.data);
    expect(withoutReport(next.catalog)).toEqual(withoutReport(reference));
    expect(priceOf(next.catalog, edited)).toBe(priceOf(reference, edited));
    expect(priceOf(next.catalog, edited)).not.toBe(priceOf(await fullExportOf(base), edited));
  });

  it('a body naming only the newer change, as before, would have left the edited price stale', async () => {
    const previous = (built: BuildExport) => ({
      identity: undefined,
      categoryIds: built.catalog.categories.map((category) => category.id),
      sequence: undefined,
      products: () => built.catalog.products,
    });
    const deployed = { catalog: await fullExportOf(base), bodySequence: undefined };
    const merged = await withStore(second.data, (store) =>
      exportChanges(testClient(store).client, previous(deployed), second.body, { logger: silent }),
    );
    expect(typeof merged).toBe('object');
    expect(priceOf(merged as CatalogExport, edited)).toBe(priceOf(deployed.catalog, edited));
  });

  it('a full rebuild that failed makes the next builds export in full until one finishes', async () => {
    const endpoint = scenario();
    const site = deployment();
    endpoint.set(requestFullRebuild(endpoint.state, 'safety-net', endpoint.at()));
    (await site.build(base, send(endpoint))).finish();

    endpoint.set(requestFullRebuild(endpoint.state, 'safety-net', endpoint.at()));
    const fullBody = send(endpoint);
    await site.build(first.data, fullBody); // fails: the cache stays the first build's

    endpoint.deliver('move', product(second.body.products[0]));
    const body = send(endpoint);
    expect(body).toMatchObject({ full: false, since: fullBody.sequence });
    const next = await site.build(second.data, body);
    expect(next.path).toMatch(
      /^catalog: full export, because the cached catalog holds the changes up to send/,
    );
    expect(withoutReport(next.catalog)).toEqual(withoutReport(await fullExportOf(second.data)));
    next.finish();

    endpoint.deliver('price-again', product(edited));
    expect((await site.build(second.data, send(endpoint))).path).toMatch(/^catalog: incremental export/);
  });
});
