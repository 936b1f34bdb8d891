import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { sampleStore } from '../../local-store/data/sample';
import { pageFile } from './built-pages';

const site = inject('site');
const store = sampleStore();
const exists = (file: string) =>
  access(path.join(site.distDir, file)).then(
    () => true,
    () => false,
  );

describe('the build with a management token', () => {
  it('exports the store’s redirects into _redirects, each to a page the site has', async () => {
    const lines = (await readFile(path.join(site.distDir, '_redirects'), 'utf8'))
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    const skillet = store.products.find((product) => product.sku === 'HI-SKL')!;
    expect(lines).toContain(`${skillet.path.replace(/\/$/, '')}-old/ ${skillet.path} 301`);
    expect(lines).toContain('/returns-and-exchanges/ https://help.example.com/returns 301');
    for (const line of lines) {
      const [from, to, status] = line.split(' ');
      expect(status, line).toBe('301');
      expect(await exists(pageFile(from)), `${from} is no page`).toBe(false);
      if (to.startsWith('/')) expect(await exists(pageFile(to)), `${to} is a page`).toBe(true);
    }
    const hidden = store.products.find((product) => !product.isVisible)!;
    expect(lines.some((line) => line.includes(hidden.path))).toBe(false);
  });

  it('records the catalog manifest for the next build’s shrink guard', async () => {
    const manifest = JSON.parse(
      await readFile(path.join(`${site.distDir}-cache`, 'catalog-manifest.json'), 'utf8'),
    );
    const visible = store.products.filter((product) => product.isVisible).map((product) => product.entityId);
    expect(manifest.products).toEqual(visible.sort((a, b) => a - b));
    expect(manifest.brands).toHaveLength(store.brands.length);
  });
});
