/**
 * Incremental rebuilds write the same `dist/` as a cold build of the changed catalog, byte for byte,
 * for each kind of merchant edit. A small generated catalog keeps these real builds quick.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStore } from '../../local-store';
import { generateStore } from '../../local-store/data/generate';
import type { StoreData } from '../../local-store/data/types';
import {
  categoryRenamed,
  firstFullBody,
  priceChange,
  productAdded,
  productDeleted,
  productMoved,
  storeRenamed,
  type CatalogChange,
} from '../../scripts/bench/catalog-changes';
import { differingFiles } from '../../scripts/bench/directories';
import { exportPath, pageCounts } from '../../scripts/bench/rebuild-log';
import { buildSite } from '../../scripts/build-site';
import { samePortStores } from '../support/same-port-store';
import { storeBuildEnv } from '../support/store-build-env';

const work = await mkdtemp(path.join(os.tmpdir(), 'storefront-incremental-'));
// The deployment: one output folder and one build cache, as on Netlify.
const deployed = { outDir: path.join(work, 'dist'), cacheDir: path.join(work, 'cache') };
let colds = 0;

/** Runs `astro build` into `target` against `store`, with the build-hook body if given. */
async function build(store: LocalStore, target: typeof deployed, body?: CatalogChange['body']) {
  const result = await buildSite(target.outDir, storeBuildEnv(store, target.cacheDir, body));
  expect(result.code, result.output.slice(-3000)).toBe(0);
  return result.output;
}

const withStore = samePortStores();

/** A cold build into folders of its own. */
async function coldBuild(store: LocalStore): Promise<string> {
  colds += 1;
  const target = {
    outDir: path.join(work, `cold-${colds}`),
    cacheDir: path.join(work, `cold-cache-${colds}`),
  };
  await build(store, target);
  return target.outDir;
}

let data: StoreData = generateStore({ products: 60, seed: 5 });

beforeAll(() => withStore(data, (store) => build(store, deployed, firstFullBody)), 300_000);
afterAll(() => rm(work, { recursive: true, force: true }));

describe('an incremental rebuild', () => {
  it.each(
    [priceChange, productAdded, productDeleted, productMoved, categoryRenamed, storeRenamed].map(
      (make) => [make.name, make] as const,
    ),
  )(
    'writes what a cold build writes, after a change: %s',
    async (_name, make) => {
      const change = make(data);
      data = change.data;
      // The incremental build of the deployment, then a cold build of the same catalog (one at a time:
      // two builds of one project at once share Vite's and Astro's working files).
      const [output, cold] = await withStore(data, async (store) => [
        await build(store, deployed, change.body),
        await coldBuild(store),
      ]);
      const counts = pageCounts(output);
      if (change.body.full) {
        // Something every page shows changed: no catalog page may be reused.
        expect(exportPath(output)).toMatch(/^full export, because the build-hook body asks/);
        expect(counts.skipped).toBe(0);
      } else {
        expect(exportPath(output)).toMatch(/^incremental export/);
        expect(counts.skipped, `${counts.rendered} rendered`).toBeGreaterThan(counts.rendered);
        // The unchanged pages went into dist/ while the catalog loaded (integrations/page-restore.ts).
        expect(output).toMatch(/moved \d+ pages from the build cache into dist\//);
      }
      // The search index was made while the pages were built, from the exported catalog.
      expect(output).toMatch(/; 1 of 1 indexed early matched the pages/);
      expect(await differingFiles(deployed.outDir, cold)).toEqual([]);
    },
    300_000,
  );
});
