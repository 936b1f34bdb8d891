import { mkdtemp, mkdir, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as plugin from '../../netlify/plugins/storefront-cache/index.js';
import { DEFAULT_BUILD_CACHE_DIR } from '../../src/lib/config';

/** A stand-in for Netlify's `utils.cache`: copies paths to and from a folder that outlives the build. */
function fakeCache(store: string) {
  const kept = (file: string) => path.join(store, file);
  return {
    async save(file: string) {
      if (!existsSync(file)) return false;
      await rm(kept(file), { recursive: true, force: true });
      await cp(file, kept(file), { recursive: true });
      return true;
    },
    async restore(file: string) {
      if (existsSync(file) || !existsSync(kept(file))) return false;
      await cp(kept(file), file, { recursive: true });
      return true;
    },
  };
}

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});
const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cache-plugin-'));
  folders.push(dir);
  return dir;
};

describe('the storefront-cache Netlify plugin', () => {
  it('saves the build cache folder after a build and restores it into the next, fresh checkout', async () => {
    const cacheStore = await tempDir();
    const utils = { cache: fakeCache(cacheStore) };
    const log: string[] = [];
    const first = await tempDir();
    const env = { STOREFRONT_CACHE_DIR: path.join(first, 'build-cache') };
    await mkdir(path.join(env.STOREFRONT_CACHE_DIR, 'astro'), { recursive: true });
    await writeFile(path.join(env.STOREFRONT_CACHE_DIR, 'astro/incremental-build.json'), '{"version":1}');
    await plugin.onPostBuild({ utils, env, log: (line: string) => log.push(line) });

    await rm(env.STOREFRONT_CACHE_DIR, { recursive: true });
    await plugin.onPreBuild({ utils, env, log: (line: string) => log.push(line) });
    expect(await readFile(path.join(env.STOREFRONT_CACHE_DIR, 'astro/incremental-build.json'), 'utf8')).toBe(
      '{"version":1}',
    );
    expect(log).toEqual([
      `storefront-cache: saved ${env.STOREFRONT_CACHE_DIR} for the next build`,
      `storefront-cache: restored ${env.STOREFRONT_CACHE_DIR} from the last build`,
    ]);
  });

  it('says a build is cold when nothing was cached, as after clear_cache', async () => {
    const utils = { cache: fakeCache(await tempDir()) };
    const env = { STOREFRONT_CACHE_DIR: path.join(await tempDir(), 'none') };
    const log: string[] = [];
    await plugin.onPreBuild({ utils, env, log: (line: string) => log.push(line) });
    expect(log).toEqual([
      `storefront-cache: nothing cached at ${env.STOREFRONT_CACHE_DIR}, so this is a cold build`,
    ]);
    expect(existsSync(env.STOREFRONT_CACHE_DIR)).toBe(false);
  });

  it('keeps the folder the build writes to, by default and when STOREFRONT_CACHE_DIR moves it', () => {
    expect(plugin.buildCacheFolder({})).toBe(DEFAULT_BUILD_CACHE_DIR);
    expect(plugin.buildCacheFolder({ STOREFRONT_CACHE_DIR: ' /opt/cache ' })).toBe('/opt/cache');
  });
});
