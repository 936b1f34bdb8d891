/**
 * A marketer's edit reaches the site through an incremental rebuild that writes what a cold build
 * writes, byte for byte: a page's text (its page and its search record) and the navigation every page
 * shows. It runs on a copy of the project, so the edits never land in the working tree.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStore } from '../../local-store';
import { generateStore } from '../../local-store/data/generate';
import { firstFullBody } from '../../scripts/bench/catalog-changes';
import { differingFiles } from '../../scripts/bench/directories';
import { pageCounts } from '../../scripts/bench/rebuild-log';
import { buildSite } from '../../scripts/build-site';
import { copyProject } from '../support/project-copy';
import { samePortStores } from '../support/same-port-store';
import { storeBuildEnv } from '../support/store-build-env';

const work = await mkdtemp(path.join(os.tmpdir(), 'storefront-incremental-content-'));
const root = await copyProject('storefront-incremental-content-project-');
const data = generateStore({ products: 60, seed: 7 });
const withStore = samePortStores();

/** Runs `astro build` of the copy into `outDir`, keeping its state in `cacheDir`; answers the log. */
async function build(store: LocalStore, outDir: string, cacheDir: string, body?: object) {
  // Without `body`, as a push of content builds.
  const result = await buildSite(outDir, storeBuildEnv(store, cacheDir, body), { root });
  expect(result.code, result.output.slice(-3000)).toBe(0);
  return result.output;
}

const deployed = { outDir: path.join(work, 'dist'), cacheDir: path.join(work, 'cache') };

beforeAll(
  () => withStore(data, (store) => build(store, deployed.outDir, deployed.cacheDir, firstFullBody)),
  300_000,
);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(root, { recursive: true, force: true });
});

/** Replaces `from` with `to` in the copy's `file`, failing if `from` is not there. */
async function edit(file: string, from: string, to: string) {
  const text = await readFile(path.join(root, file), 'utf8');
  expect(text).toContain(from);
  await writeFile(path.join(root, file), text.replace(from, to));
}

describe('an incremental rebuild after a content edit', () => {
  it('writes what a cold build writes, search index included', async () => {
    await edit('src/content/pages/returns.md', 'within **30 days**', 'within **60 days**');
    await edit('src/content/navigation/navigation.yaml', 'label: Journal', 'label: Stories');
    const [output] = await withStore(data, async (store) => [
      await build(store, deployed.outDir, deployed.cacheDir),
      await build(store, path.join(work, 'cold'), path.join(work, 'cold-cache')),
    ]);
    // The index made early from the last build's content records missed the edit, so it was built again.
    expect(output).toMatch(/; 0 of 1 indexed early matched the pages/);
    // The navigation is on every page: none may be reused.
    expect(pageCounts(output).skipped).toBe(0);
    const returns = await readFile(path.join(deployed.outDir, 'returns/index.html'), 'utf8');
    expect(returns).toContain('60 days');
    expect(returns).toContain('Stories');
    expect(await differingFiles(deployed.outDir, path.join(work, 'cold'))).toEqual([]);
  }, 300_000);
});
