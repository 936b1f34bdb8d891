import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, SearchIndexError } from '../../integrations/search-index';
import { productRecord } from '../../src/lib/search/records';
import { makeProduct } from '../pages/fixture';
import { loadPagefind } from '../support/pagefind';
import { serveStatic } from '../support/static-server';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

const records = (...ids: number[]) => ids.map((id) => productRecord(makeProduct({ id }), new Map()));

describe('buildSearchIndex', () => {
  it('indexes every rendered file of records, then removes them from the site', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'search-index-'));
    await mkdir(path.join(dir, 'pagefind/records'), { recursive: true });
    await writeFile(path.join(dir, 'pagefind/records/0.json'), JSON.stringify(records(1, 2)));
    await writeFile(path.join(dir, 'pagefind/records/1.json'), JSON.stringify(records(3)));
    const result = await buildSearchIndex(dir);
    expect(result.records).toBe(3);
    const bundle = await readdir(path.join(dir, 'pagefind'));
    expect(bundle).toContain('pagefind.js');
    expect(bundle).not.toContain('records');
    expect(await readdir(path.join(dir, 'pagefind/fragment'))).toHaveLength(3);
  });

  it('writes the fragments of more records than the limit several to a file, all still found', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'search-index-'));
    await mkdir(path.join(dir, 'pagefind/records'), { recursive: true });
    await writeFile(path.join(dir, 'pagefind/records/0.json'), JSON.stringify(records(1, 2, 3, 4, 5)));
    await buildSearchIndex(dir, { maxFragmentFiles: 2 });
    expect((await readdir(path.join(dir, 'pagefind/fragment'))).length).toBeLessThanOrEqual(2);
    const server = await serveStatic(dir);
    try {
      const pagefind = await loadPagefind(path.join(dir, 'pagefind'), `${server.origin}/pagefind/`);
      const { results } = await pagefind.search('about');
      const found = await Promise.all(results.map(async (result) => (await result.data()).url));
      expect(found.sort()).toEqual([
        '/product-1/',
        '/product-2/',
        '/product-3/',
        '/product-4/',
        '/product-5/',
      ]);
    } finally {
      await server.close();
    }
  });

  it('fails the build, saying why, when no records were rendered', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'search-index-'));
    const build = buildSearchIndex(dir);
    await expect(build).rejects.toBeInstanceOf(SearchIndexError);
    await expect(build).rejects.toThrow(/no records were rendered/);
  });

  it('fails the build, naming the record, when Pagefind refuses one', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'search-index-'));
    await mkdir(path.join(dir, 'pagefind/records'), { recursive: true });
    const [bad] = records(9);
    await writeFile(path.join(dir, 'pagefind/records/0.json'), JSON.stringify([{ ...bad, language: 42 }]));
    await expect(buildSearchIndex(dir)).rejects.toThrow(/Pagefind refused \/product-9\//);
  });
});
