/**
 * The admin UI in the built site: Decap served from the site itself at /admin/, configured for the
 * content collections, and never loaded by a store page.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { CONTENT_COLLECTIONS } from '../../src/lib/content/schemas';
import { readPages } from '../site/built-pages';
import { launchChromium } from '../support/chromium';

const site = inject('site');
const admin = (file: string) => path.join(site.distDir, 'admin', file);
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the built admin UI', () => {
  it('is a page of the site’s own scripts, with no inline script for a CSP to allow', async () => {
    const html = await readFile(admin('index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map(([, attributes]) => /src="([^"]+)"/.exec(attributes)?.[1])).toEqual([
      '/admin/decap-cms.js',
      '/admin/cms-setup.js',
    ]);
    expect(scripts.every(([, , body]) => body.trim() === '')).toBe(true);
    expect(html).toContain('<meta name="robots" content="noindex" />');
  });

  it('is configured for every content collection, publishing through pull requests', async () => {
    const config = parse(await readFile(admin('config.yml'), 'utf8')) as Record<string, unknown>;
    const names = (config.collections as { name: string }[]).map((collection) => collection.name);
    expect(names).toEqual(CONTENT_COLLECTIONS.map((collection) => collection.name));
    expect(config).toMatchObject({
      backend: {
        name: 'github',
        repo: site.buildEnv.DECAP_GITHUB_REPO,
        base_url: 'https://api.netlify.com',
        auth_endpoint: 'auth',
      },
      publish_mode: 'editorial_workflow',
      site_url: site.origin,
    });
  });

  it('styles previews with stylesheets the site serves', async () => {
    const setup = await readFile(admin('cms-setup.js'), 'utf8');
    const styles = [...setup.matchAll(/registerPreviewStyle\("([^"]+)"\)/g)].map((match) => match[1]);
    expect(styles.length).toBeGreaterThan(0);
    for (const style of styles) expect(existsSync(path.join(site.distDir, style)), style).toBe(true);
    const home = await readFile(path.join(site.distDir, 'index.html'), 'utf8');
    expect(styles.some((style) => home.includes(`href="${style}"`))).toBe(true);
  });

  it('opens in a browser at the GitHub sign-in, loading nothing from another site', async () => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      // Decap looks for a local decap-server on localhost; anything else would be a third party.
      if (url.origin !== site.origin && url.hostname !== 'localhost') elsewhere.push(url.href);
    });
    await page.goto(`${site.origin}/admin/`);
    await page.getByRole('button', { name: 'Login with GitHub' }).waitFor();
    expect(elsewhere).toEqual([]);
    await page.close();
  });
});

describe('the store pages', () => {
  it('link no admin code, and no storefront bundle carries any', async () => {
    for (const [file, html] of await readPages(site.distDir)) {
      expect(html, file).not.toMatch(/(src|href)="\/admin\//);
      expect(html.toLowerCase(), file).not.toContain('decap');
    }
    const bundles = (await readdir(path.join(site.distDir, '_astro'))).filter((name) => name.endsWith('.js'));
    for (const name of bundles)
      expect(await readFile(path.join(site.distDir, '_astro', name), 'utf8'), name).not.toContain('decap');
  });

  it('request nothing under /admin/ in a browser', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    for (const pathname of ['/', '/kitchen/', '/blog/'])
      await page.goto(`${site.origin}${pathname}`, { waitUntil: 'networkidle' });
    expect(requested.filter((pathname) => pathname.startsWith('/admin/'))).toEqual([]);
    expect(requested.length).toBeGreaterThan(3);
    await page.close();
  });
});
