import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, SearchIndexError } from '../../integrations/search-index';
import { productRecord } from '../../src/lib/search/records';
import { makeProduct } from '../pages/fixture';

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
