import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { differingFiles } from '../../scripts/bench/directories';
import { bundleCacheAt, type BundleCache } from '../../integrations/search-bundle-cache';
import { buildSearchIndex } from '../../integrations/search-index';
import { bundleOf } from '../../src/lib/search/index-layout';
import { productRecord } from '../../src/lib/search/records';
import { lamps } from '../support/lamp-records';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'search-bundle-cache-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Indexes `products` into a site folder of its own, in bundles of 20, with or without a cache. */
async function index(name: string, products: typeof lamps, cache?: BundleCache) {
  const dir = path.join(root, name);
  await mkdir(path.join(dir, 'pagefind/records'), { recursive: true });
  const records = products.map((product) => productRecord(product, new Map()));
  await writeFile(path.join(dir, 'pagefind/records/0.json'), JSON.stringify(records));
  return { dir, ...(await buildSearchIndex(dir, { recordsPerBundle: 20, cache })) };
}

describe('search bundles kept between builds', () => {
  it('re-indexes only the bundle whose records changed, and writes what a cold index writes', async () => {
    const cacheDir = path.join(root, 'cache');
    const cache = bundleCacheAt(cacheDir);
    const first = await index('first', lamps, cache);
    expect(first).toMatchObject({ bundles: 3, reused: 0 });

    const repriced = lamps.map((lamp) =>
      lamp.id === 7
        ? { ...lamp, prices: { ...lamp.prices!, price: { amount: 999, currency: 'USD' } } }
        : lamp,
    );
    const warm = await index('warm', repriced, cache);
    expect(warm).toMatchObject({ bundles: 3, reused: 2 });
    const cold = await index('cold', repriced);
    expect(cold.reused).toBe(0);
    expect(await differingFiles(warm.dir, cold.dir)).toEqual([]);
    // Only this build's three bundles stay cached: the repriced bundle's old index is gone.
    expect(await readdir(cacheDir)).toHaveLength(3);
  });

  it('re-indexes the first bundle while the others are copied into its folder, and caches it alone', async () => {
    const cacheDir = path.join(root, 'cache-first');
    const cache = bundleCacheAt(cacheDir);
    await index('first-before', lamps, cache);
    const inFirst = lamps.find((lamp) => bundleOf(productRecord(lamp, new Map()).url, 3) === 0)!;
    const renamed = lamps.map((lamp) =>
      lamp.id === inFirst.id ? { ...lamp, name: `${lamp.name} II` } : lamp,
    );
    const warm = await index('first-warm', renamed, cache);
    expect(warm).toMatchObject({ bundles: 3, reused: 2 });
    const cold = await index('first-cold', renamed);
    expect(await differingFiles(warm.dir, cold.dir)).toEqual([]);
    for (const digest of await readdir(cacheDir)) {
      const names = await readdir(path.join(cacheDir, digest));
      expect(names.filter((name) => name.startsWith('bundle-'))).toEqual([]);
    }
  });

  it('keeps no copy of an index of one bundle, which almost any change indexes again', async () => {
    const cacheDir = path.join(root, 'cache-single');
    await index('split-first', lamps, bundleCacheAt(cacheDir));
    expect(await readdir(cacheDir)).toHaveLength(3);
    const single = await index('single', lamps.slice(0, 15), bundleCacheAt(cacheDir));
    expect(single).toMatchObject({ bundles: 1, reused: 0 });
    expect(await readdir(cacheDir)).toEqual([]);
  });

  it('copies every bundle when nothing changed, and re-indexes all when the split changes', async () => {
    const cache = bundleCacheAt(path.join(root, 'cache-2'));
    await index('again-1', lamps, cache);
    expect((await index('again-2', lamps, cache)).reused).toBe(3);
    const fewer = await index('fewer', lamps.slice(0, 40), cache);
    expect(fewer).toMatchObject({ bundles: 2, reused: 0 });
  });
});
