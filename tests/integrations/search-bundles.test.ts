import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchBundlePaths } from '../../src/lib/search/bundles';
import { BUNDLE_MANIFEST_PATH } from '../../src/lib/search/index-layout';
import {
  openBundles,
  type PagefindApi,
  type PagefindModule,
  type PagefindResponse,
} from '../../src/lib/search/pagefind';
import { buildLampIndex, lamps } from '../support/lamp-records';
import { serveStatic, type StaticServer } from '../support/static-server';

let root: string;
let server: StaticServer;
const merged: Record<string, PagefindApi> = {};

async function buildInto(name: string, recordsPerBundle: number): Promise<string> {
  const dir = path.join(root, name);
  await buildLampIndex(dir, recordsPerBundle);
  return dir;
}

/** The built site's bundles searched as one, as the browser does: Pagefind runs in Node here. */
async function openIndex(dir: string, site: string): Promise<PagefindApi> {
  const manifest: unknown = JSON.parse(await readFile(path.join(dir, BUNDLE_MANIFEST_PATH), 'utf8'));
  const paths = searchBundlePaths(manifest);
  const modules = await Promise.all(
    paths.map(async (bundle) => {
      const module = pathToFileURL(path.join(dir, bundle, 'pagefind.js')).href;
      return (await import(/* @vite-ignore */ `${module}?${site}`)) as PagefindModule;
    }),
  );
  return openBundles(
    modules,
    paths.map((bundle) => `${server.origin}/${site}${bundle}`),
    '/',
  );
}

const urls = async (response: PagefindResponse) =>
  Promise.all(response.results.map(async (result) => (await result.data()).url));

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'search-bundles-'));
  server = await serveStatic(root);
  // One at a time: each build closes Pagefind's indexing service when done.
  const one = await buildInto('one', 1000);
  const split = await buildInto('split', 20);
  merged.one = await openIndex(one, 'one');
  merged.split = await openIndex(split, 'split');
}, 60_000);

afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

describe('a split search index', () => {
  it('writes each bundle in its own folder and lists them in the manifest', async () => {
    const manifest = JSON.parse(await readFile(path.join(root, 'split', BUNDLE_MANIFEST_PATH), 'utf8'));
    expect(manifest.bundles).toEqual(['/pagefind/', '/pagefind/bundle-1/', '/pagefind/bundle-2/']);
    const fragments = await Promise.all(
      manifest.bundles.map((bundle: string) => readdir(path.join(root, 'split', bundle, 'fragment'))),
    );
    expect(fragments.map((files) => files.length).reduce((a, b) => a + b)).toBe(60);
    expect(fragments.every((files) => files.length > 0 && files.length < 60)).toBe(true);
  });

  it('finds every product once across its bundles', async () => {
    const found = await urls(await merged.split.search('lamp'));
    expect(found).toHaveLength(60);
    expect(new Set(found).size).toBe(60);
  });

  it('sorts across bundles as one index would, both ways and by name', async () => {
    const sorts: Record<string, 'asc' | 'desc'>[] = [{ price: 'asc' }, { price: 'desc' }, { name: 'asc' }];
    for (const sort of sorts) {
      const whole = await urls(await merged.one.search('lamp', { sort }));
      const split = await urls(await merged.split.search('lamp', { sort }));
      expect(split, JSON.stringify(sort)).toEqual(whole);
    }
    const cheapest = await urls(await merged.split.search('lamp', { sort: { price: 'asc' } }));
    const prices = cheapest.map((url) => lamps.find((p) => p.path === url)!.prices!.price.amount);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  });

  it('counts filters across bundles as one index would', async () => {
    const filters = { brand: { any: ['Orbit'] } };
    const whole = await merged.one.search('lamp', { filters });
    const split = await merged.split.search('lamp', { filters });
    expect(split.filters.brand).toEqual({ Orbit: 20, Fern: 0, Lumen: 0 });
    expect(split.filters.brand).toEqual(whole.filters.brand);
    expect(split.totalFilters.brand).toEqual(whole.totalFilters.brand);
    expect(split.results).toHaveLength(20);
    expect(await merged.split.filters()).toEqual(await merged.one.filters());
  });
});
