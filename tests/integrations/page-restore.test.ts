import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pageRestore from '../../integrations/page-restore';
import { cachedOutputFiles, staysInside, unwrittenFiles } from '../../integrations/page-restore-plan';

const manifest = (paths: Record<string, string>) =>
  JSON.stringify({
    version: 1,
    routes: {
      'src/pages/[...path].astro': {
        paths: Object.fromEntries(Object.entries(paths).map(([p, outputFile]) => [p, { outputFile }])),
      },
    },
  });

describe('the files a restore copies', () => {
  it('lists every output file of the manifest, once', () => {
    const text = manifest({ '/a/': 'a/index.html', '/b/': 'b/index.html', '/b': 'b/index.html' });
    expect(cachedOutputFiles(text, 1)).toEqual(['a/index.html', 'b/index.html']);
  });

  it('lists none from a missing, unreadable or other-version manifest', () => {
    expect(cachedOutputFiles(undefined, 1)).toEqual([]);
    expect(cachedOutputFiles('{"version":1,"routes":', 1)).toEqual([]);
    expect(cachedOutputFiles(manifest({ '/a/': 'a/index.html' }), 2)).toEqual([]);
    expect(cachedOutputFiles('[]', 1)).toEqual([]);
  });

  it('refuses paths that leave dist/', () => {
    expect(['a/index.html', '../x', 'a/../../x', '/etc/passwd', 'C:/x', ''].filter(staysInside)).toEqual([
      'a/index.html',
    ]);
  });

  it('removes afterwards only what the build neither wrote nor kept', () => {
    expect(unwrittenFiles(['a/index.html', 'gone/index.html'], new Set(['a/index.html']))).toEqual([
      'gone/index.html',
    ]);
  });
});

describe('the page-restore integration', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'page-restore-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  const files = async (dir: string): Promise<string[]> =>
    (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
      .sort();

  it('empties dist/, moves the cached pages in before the bundle, removes those the build did not keep, and links the rest back', async () => {
    const cacheDir = path.join(root, 'cache/');
    const outDir = path.join(root, 'dist/');
    const cached = path.join(cacheDir, 'dist');
    for (const [page, text] of [
      ['caf\u00e9', 'kept page'],
      ['gone', 'deleted product'],
      ['changed', 'old price'],
    ]) {
      await mkdir(path.join(cached, page), { recursive: true });
      await writeFile(path.join(cached, page, 'index.html'), text);
    }
    await writeFile(
      path.join(cacheDir, 'incremental-build.json'),
      manifest({
        '/café/': 'caf%C3%A9/index.html',
        '/gone/': 'gone/index.html',
        '/changed/': 'changed/index.html',
        '/lost/': 'lost/index.html',
      }),
    );
    await mkdir(path.join(outDir, 'stale'), { recursive: true });
    await writeFile(path.join(outDir, 'stale/index.html'), 'last build');

    const integration = pageRestore();
    const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
    const config = {
      cacheDir: pathToFileURL(cacheDir),
      outDir: pathToFileURL(outDir),
      experimental: { incrementalBuild: true },
    };
    const updates: unknown[] = [];
    const logged: string[] = [];
    const logger = { info: (m: string) => logged.push(m), warn: (m: string) => logged.push(m) };
    await hooks['astro:config:setup']({
      command: 'build',
      config,
      updateConfig: (u: unknown) => updates.push(u),
    });
    expect(updates).toEqual([{ vite: { build: { emptyOutDir: false } } }]);
    await hooks['astro:config:done']({ config, logger });
    await hooks['astro:build:start']({ logger });
    expect(await files(outDir)).toEqual(['café/index.html', 'changed/index.html', 'gone/index.html']);
    // While Astro renders, the cache holds no page of dist/: what Astro writes cannot reach it.
    expect(await files(cached)).toEqual([]);
    expect(logged).toEqual([
      expect.stringMatching(
        /^moved 3 pages from the build cache into dist\/ in \d+\.\d s \(1 not in the cache\)$/,
      ),
    ]);

    // Astro renders the changed page into dist/ and into its cache.
    await writeFile(path.join(outDir, 'changed/index.html'), 'new price');
    await writeFile(path.join(cached, 'changed/index.html'), 'new price');
    const written = (page: string) => pathToFileURL(path.join(outDir, page, 'index.html'));
    await hooks['astro:build:done']({
      dir: pathToFileURL(outDir),
      assets: new Map([['/[...path]', [written('café'), written('changed')]]]),
    });
    expect(await files(outDir)).toEqual(['café/index.html', 'changed/index.html']);
    expect(await readFile(path.join(outDir, 'café/index.html'), 'utf8')).toBe('kept page');
    expect(await readdir(outDir)).toEqual(['café', 'changed']);
    expect(await files(cached)).toEqual(['café/index.html', 'changed/index.html']);
    expect(await readFile(path.join(cached, 'changed/index.html'), 'utf8')).toBe('new price');
    const inode = async (file: string) => (await stat(file)).ino;
    expect(await inode(path.join(cached, 'café/index.html'))).toBe(
      await inode(path.join(outDir, 'café/index.html')),
    );
    expect(logged.at(-1)).toMatch(/^linked 1 pages back into the build cache in \d+\.\d s$/);
    expect(logged).toContain('removed 1 restored pages the catalog no longer has');
  });

  it('removes every restored page and leaves the pages to Astro when moving fails', async () => {
    const cacheDir = path.join(root, 'broken-cache/');
    const outDir = path.join(root, 'broken-dist/');
    await mkdir(path.join(cacheDir, 'dist/a'), { recursive: true });
    await writeFile(path.join(cacheDir, 'dist/a/index.html'), 'page a');
    // A page under another page's file: its folder cannot be made once that file is in place.
    await writeFile(
      path.join(cacheDir, 'incremental-build.json'),
      manifest({ '/a/': 'a/index.html', '/a/b/': 'a/index.html/b/index.html' }),
    );
    const config = {
      cacheDir: pathToFileURL(cacheDir),
      outDir: pathToFileURL(outDir),
      experimental: { incrementalBuild: true },
    };
    const logged: string[] = [];
    const logger = { info: (m: string) => logged.push(m), warn: (m: string) => logged.push(m) };
    const hooks = pageRestore().hooks as Record<string, (options: unknown) => unknown>;
    await hooks['astro:config:setup']({ command: 'build', config, updateConfig: () => {} });
    await hooks['astro:config:done']({ config, logger });
    await hooks['astro:build:start']({ logger });
    expect(logged[0]).toMatch(/^moving pages from the build cache failed, so Astro restores them: .*ENOTDIR/);
    expect(await files(outDir)).toEqual([]);
  });

  it('leaves dist/ to Astro without a manifest, or outside a build', async () => {
    const config = {
      cacheDir: pathToFileURL(path.join(root, 'none/')),
      outDir: pathToFileURL(path.join(root, 'dist2/')),
      experimental: { incrementalBuild: true },
    };
    const updates: unknown[] = [];
    for (const command of ['build', 'dev']) {
      const hooks = pageRestore().hooks as Record<string, (options: unknown) => unknown>;
      await hooks['astro:config:setup']({ command, config, updateConfig: (u: unknown) => updates.push(u) });
    }
    expect(updates).toEqual([]);
  });
});
