import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import legacyHtmlPaths, { legacyFileMoves, publicPageUrl } from '../../integrations/legacy-html-paths';
import { isLegacyFilePath } from '../../src/lib/routes/site-paths';
import { productSchema } from '../../src/lib/catalog/schema';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function runHook(pathnames: string[]) {
  const hook = legacyHtmlPaths().hooks['astro:build:done']!;
  const logger = { info() {}, warn() {}, error() {} };
  await (hook as (options: unknown) => Promise<void>)({
    dir: pathToFileURL(dir + '/'),
    pages: pathnames.map((pathname) => ({ pathname })),
    logger,
  });
}

describe('legacy .html product paths', () => {
  it('recognises the legacy file format and gives its public URL without the trailing slash', () => {
    expect(isLegacyFilePath('/products/oak-bench.html')).toBe(true);
    expect(isLegacyFilePath('products/oak-bench.html/')).toBe(true);
    expect(isLegacyFilePath('/oak-bench/')).toBe(false);
    expect(isLegacyFilePath('/html/')).toBe(false);
    expect(publicPageUrl('https://shop.example/products/oak-bench.html/')).toBe(
      'https://shop.example/products/oak-bench.html',
    );
    expect(publicPageUrl('https://shop.example/oak-bench/')).toBe('https://shop.example/oak-bench/');
  });

  it('plans a move only for legacy pages', () => {
    expect(legacyFileMoves(['oak-bench/', 'products/a.html/', ''])).toEqual([
      { from: 'products/a.html/index.html', to: 'products/a.html' },
    ]);
  });

  it('accepts a legacy product path in the domain model, and still rejects a malformed one', () => {
    const field = productSchema.shape.path;
    expect(field.safeParse('/products/oak-bench.html').success).toBe(true);
    expect(field.safeParse('/oak-bench/').success).toBe(true);
    expect(field.safeParse('/oak-bench').success).toBe(false);
    expect(field.safeParse('products/oak-bench.html').success).toBe(false);
    expect(field.safeParse('/.html').success).toBe(false);
  });

  it('moves the built page to the exact path after the build', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'legacy-html-'));
    await mkdir(path.join(dir, 'products/a.html'), { recursive: true });
    await writeFile(path.join(dir, 'products/a.html/index.html'), '<h1>A</h1>');
    await mkdir(path.join(dir, 'b'), { recursive: true });
    await writeFile(path.join(dir, 'b/index.html'), '<h1>B</h1>');
    await runHook(['products/a.html/', 'b/']);
    expect(await readFile(path.join(dir, 'products/a.html'), 'utf8')).toBe('<h1>A</h1>');
    expect((await stat(path.join(dir, 'products/a.html'))).isFile()).toBe(true);
    expect(await readFile(path.join(dir, 'b/index.html'), 'utf8')).toBe('<h1>B</h1>');
  });

  it('fails rather than delete other pages that live under a legacy path', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'legacy-html-'));
    await mkdir(path.join(dir, 'a.html/child'), { recursive: true });
    await writeFile(path.join(dir, 'a.html/index.html'), 'A');
    await writeFile(path.join(dir, 'a.html/child/index.html'), 'child');
    await expect(runHook(['a.html/', 'a.html/child/'])).rejects.toThrow(
      'Cannot write the page /a.html as a file: other pages are built under it (child)',
    );
    expect(await readFile(path.join(dir, 'a.html/child/index.html'), 'utf8')).toBe('child');
    expect(await readFile(path.join(dir, 'a.html/index.html'), 'utf8')).toBe('A');
  });

  it('lets `astro dev` answer a legacy path without its trailing slash, keeping the query', () => {
    let middleware: ((request: { url?: string }, response: unknown, next: () => void) => void) | undefined;
    const hook = legacyHtmlPaths().hooks['astro:server:setup']!;
    (hook as (options: unknown) => void)({
      server: { middlewares: { use: (fn: never) => (middleware = fn) } },
    });
    const seen = (url: string) => {
      const request = { url };
      middleware!(request, {}, () => {});
      return request.url;
    };
    expect(seen('/products/a.html')).toBe('/products/a.html/');
    expect(seen('/products/a.html?ref=x')).toBe('/products/a.html/?ref=x');
    expect(seen('/products/a.html/')).toBe('/products/a.html/');
    expect(seen('/kitchen/')).toBe('/kitchen/');
    expect(seen('/_astro/app.js')).toBe('/_astro/app.js');
  });
});
