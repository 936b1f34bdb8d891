import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { pageFile, readPages } from './built-pages';

const site = inject('site');
let pages = new Map<string, string>();
const pageAt = (urlPath: string) => pages.get(pageFile(urlPath)) ?? '';

beforeAll(async () => {
  pages = await readPages(site.distDir);
});

describe('content in the sample store build', () => {
  it('lists the content pages, posts and tag pages in the sitemap', async () => {
    const sitemap = await readFile(path.join(site.distDir, 'sitemap-0.xml'), 'utf8');
    for (const urlPath of [
      '/about/',
      '/shipping/',
      '/returns/',
      '/blog/',
      '/blog/cast-iron-care/',
      '/blog/tags/coffee/',
    ]) {
      expect(sitemap).toContain(`<loc>${site.origin}${urlPath}</loc>`);
    }
  });

  it('adds no script of its own to content pages', () => {
    const scripts = (html: string) => [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).sort();
    // A content page carries the same scripts as the brands index: the header's and the cart's.
    for (const urlPath of ['/about/', '/blog/', '/blog/cast-iron-care/']) {
      expect(scripts(pageAt(urlPath))).toEqual(scripts(pageAt('/brands/')));
    }
  });

  it('serves its cover images from astro:assets in several widths, with their sizes', () => {
    const cover = /<img[^>]*class="post__cover"[^>]*>/.exec(pageAt('/blog/winter-table/'))?.[0] ?? '';
    expect(cover).toMatch(/src="\/_astro\/winter-table\.[^"]+\.webp"/);
    expect(cover).toMatch(/srcset="[^"]*480w[^"]*1600w"/);
    expect(cover).toMatch(/width="\d+"/);
    expect(cover).toMatch(/height="\d+"/);
  });

  it('shows the expired banner nowhere, and the shop content of src/content alongside the overlay', () => {
    expect(pageAt('/')).not.toContain('Summer garden days');
    expect(pageAt('/blog/')).toContain('A balcony garden in five pots');
    expect(pageAt('/blog/')).toContain('Cast iron for life');
  });
});
