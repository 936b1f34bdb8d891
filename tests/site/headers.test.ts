/**
 * The built site's headers as Netlify serves them (the test server applies `dist/_headers` by
 * Netlify's rules) and the Content-Security-Policy `<meta>` every page carries.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from '../../src/lib/headers/site-rules';
import { readPages } from './built-pages';

const site = inject('site');

const headersOf = async (urlPath: string) => {
  const response = await fetch(`${site.origin}${urlPath}`);
  await response.arrayBuffer();
  return { status: response.status, headers: response.headers };
};

describe('response headers', () => {
  it('send the security headers and a framing ban with pages, assets and the 404 page alike', async () => {
    for (const urlPath of ['/', '/speckled-stoneware-mug/', '/search/', '/no-such-page/', '/favicon.svg']) {
      const { headers } = await headersOf(urlPath);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(headers.get(name), urlPath).toBe(value);
      expect(headers.get('content-security-policy'), urlPath).toContain("frame-ancestors 'none'");
    }
  });

  it('serve the 404 page for an unknown path', async () => {
    const response = await fetch(`${site.origin}/no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('http-equiv="content-security-policy"');
  });

  it('cache hashed assets for a year and make pages, the index and the sitemap revalidate', async () => {
    const asset = (await readdir(path.join(site.distDir, '_astro'))).find((name) => name.endsWith('.js'))!;
    expect((await headersOf(`/_astro/${asset}`)).headers.get('cache-control')).toBe(IMMUTABLE);
    for (const urlPath of [
      '/',
      '/kitchen/',
      '/pagefind/pagefind.js',
      '/sitemap-index.xml',
      '/sitemap-0.xml',
    ]) {
      const { status, headers } = await headersOf(urlPath);
      expect(status, urlPath).toBe(200);
      expect(headers.get('cache-control'), urlPath).toBe(REVALIDATE);
    }
  });

  it('give /admin/ the CMS policy, which allows what Decap CMS calls', async () => {
    const policy = (await headersOf('/admin/')).headers.get('content-security-policy')!;
    expect(policy).toContain(
      "connect-src 'self' https://api.github.com https://www.githubstatus.com https://api.netlify.com",
    );
    expect(policy).not.toContain('sha256-');
  });
});

describe('the pages’ policy', () => {
  it('is in every page, ahead of its first stylesheet and script, and allows the store', async () => {
    const storeOrigin = new URL(site.storeUrl).origin;
    for (const [file, html] of await readPages(site.distDir)) {
      const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/g)];
      expect(metas, file).toHaveLength(1);
      // Attribute values emptied, so merchant text such as "<script>" in a title is not taken for a tag.
      const tags = html.replace(/(content|alt|title|aria-label)="[^"]*"/g, '$1=""');
      const at = tags.indexOf('<meta http-equiv="content-security-policy"');
      const firstCode = tags.search(/<script(?![^>]*application\/ld\+json)|<style|<link rel="stylesheet"/);
      expect(firstCode === -1 || at < firstCode, file).toBe(true);
      expect(metas[0][1], file).toContain(`connect-src 'self' ${storeOrigin};`);
      expect(metas[0][1], file).toContain(`img-src 'self' ${storeOrigin};`);
      expect(metas[0][1], file).not.toMatch(/(script-src|style-src) [^;]*'unsafe-inline'/);
    }
  });
});
