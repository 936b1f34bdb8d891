import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { differingFiles } from '../../scripts/bench/directories';
import { bundleCacheAt, type BundleCache } from '../../integrations/search-bundle-cache';
import {
  buildEarlyIndex,
  readContentRecords,
  writeContentRecords,
} from '../../integrations/search-early-index';
import { buildSearchIndex } from '../../integrations/search-index';
import { contentRecord } from '../../src/lib/search/content-records';
import { productRecord, type SearchRecord } from '../../src/lib/search/records';
import { lamps } from '../support/lamp-records';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'search-early-index-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const about = contentRecord({
  type: 'page',
  url: '/about/',
  title: 'About',
  description: 'Who we are.',
  html: '<p>Lamps since 1990.</p>',
});
const aboutNow = contentRecord({
  type: 'page',
  url: '/about/',
  title: 'About',
  description: 'Who we are.',
  html: '<p>Lamps since 1991.</p>',
});

/** A site folder whose rendered records are the lamps' then `content`, as the records route writes them. */
async function renderedSite(name: string, content: SearchRecord[]): Promise<string> {
  const dir = path.join(root, name);
  await mkdir(path.join(dir, 'pagefind/records'), { recursive: true });
  const records = [...lamps.map((lamp) => productRecord(lamp, new Map())), ...content];
  await writeFile(path.join(dir, 'pagefind/records/0.json'), JSON.stringify(records));
  return dir;
}

/** The lamps' and the about page's records indexed early into `cache`. */
const earlyIndex = (cache: BundleCache, layout: { recordsPerBundle: number; maxFragmentFiles: number }) =>
  buildEarlyIndex({ products: lamps, categories: [], content: [about], cache, ...layout });

describe('the search index started early', () => {
  it.each([
    ['one bundle', 100],
    ['a split index', 20],
  ])('is taken when the pages render its records, writing what a cold index writes: %s', async (_, per) => {
    const cache = bundleCacheAt(path.join(root, `cache-${per}`));
    const layout = { recordsPerBundle: per, maxFragmentFiles: 10_000 };
    const early = await earlyIndex(cache, layout);
    expect(early.written.size).toBe(early.bundles);
    const warm = await renderedSite(`warm-${per}`, [about]);
    const times = await buildSearchIndex(warm, {
      ...layout,
      cache,
      early: early.written,
      keepRecordsFrom: 60,
    });
    expect(times).toMatchObject({ early: early.bundles, reused: 0, kept: [about] });
    const cold = await renderedSite(`cold-${per}`, [about]);
    await buildSearchIndex(cold, layout);
    expect(await differingFiles(warm, cold)).toEqual([]);
  });

  it('is dropped when the rendered records differ, and the index is built from the pages', async () => {
    const cacheDir = path.join(root, 'cache-stale');
    const cache = bundleCacheAt(cacheDir);
    const layout = { recordsPerBundle: 100, maxFragmentFiles: 10_000 };
    // The guess holds the last build's content; the page was edited since.
    const early = await earlyIndex(cache, layout);
    const warm = await renderedSite('stale-warm', [aboutNow]);
    const times = await buildSearchIndex(warm, { ...layout, cache, early: early.written });
    expect(times).toMatchObject({ early: 0, reused: 0 });
    const cold = await renderedSite('stale-cold', [aboutNow]);
    await buildSearchIndex(cold, layout);
    expect(await differingFiles(warm, cold)).toEqual([]);
    expect(await readdir(cacheDir)).toEqual([]);
  });
});

describe('the content records kept for the next build', () => {
  it('reads back what was written', async () => {
    const file = path.join(root, 'kept/content-records.json');
    await writeContentRecords(file, [about]);
    expect(await readContentRecords(file)).toEqual([about]);
  });

  it('says why there are none for a missing file or one of another format', async () => {
    expect(await readContentRecords(path.join(root, 'none.json'))).toMatch(/left no content records/);
    const other = path.join(root, 'other.json');
    await writeFile(other, JSON.stringify([about]));
    expect(await readContentRecords(other)).toMatch(/is not a file of content records/);
  });
});
