import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../support/static-server';
import { buildLampIndex } from '../support/lamp-records';
import { hydrated, useBrowser } from './cart-support';
import { facetCount, resultNames, resultPrices, summary } from './search-support';

const browser = useBrowser();
const site = inject('site');
// The built site twice, its index replaced by the sixty lamps: in one bundle, and split in three.
const copies: Record<'whole' | 'split', { dir: string; server?: StaticServer }> = {
  whole: { dir: '' },
  split: { dir: '' },
};

beforeAll(async () => {
  for (const [name, perBundle] of [
    ['whole', 1000],
    ['split', 20],
  ] as const) {
    const dir = await mkdtemp(path.join(os.tmpdir(), `search-${name}-`));
    await cp(site.distDir, dir, { recursive: true });
    await rm(path.join(dir, 'pagefind'), { recursive: true, force: true });
    await buildLampIndex(dir, perBundle);
    copies[name] = { dir, server: await serveStatic(dir) };
  }
}, 120_000);

afterAll(async () => {
  for (const copy of Object.values(copies)) {
    await copy.server?.close();
    if (copy.dir) await rm(copy.dir, { recursive: true, force: true });
  }
});

/** Every result of a search on a copy, "Show more" pressed until all are shown. */
async function allResults(page: Page, copy: 'whole' | 'split', search: string) {
  await page.goto(`${copies[copy].server!.origin}/search/${search}`);
  await hydrated(page);
  await expect.poll(() => summary(page)).toMatch(/results? for/);
  const more = page.getByRole('button', { name: /^Show more/ });
  while (await more.isVisible()) {
    const shown = (await resultNames(page)).length;
    await more.click();
    await expect.poll(async () => (await resultNames(page)).length).toBeGreaterThan(shown);
  }
  return { names: await resultNames(page), prices: await resultPrices(page) };
}

describe('a search index split into bundles, in the browser', () => {
  it('finds every product once, sorted by price across bundles as one index sorts them', async () => {
    const page = browser.page();
    const split = await allResults(page, 'split', '?q=lamp&sort=price-asc');
    expect(split.names).toHaveLength(60);
    expect(new Set(split.names).size).toBe(60);
    expect(split.prices).toEqual([...split.prices].sort((a, b) => a - b));
    const whole = await allResults(page, 'whole', '?q=lamp&sort=price-asc');
    expect(split.names).toEqual(whole.names);
    const byName = await allResults(page, 'split', '?q=lamp&sort=name-asc');
    expect(byName.names).toEqual([...byName.names].sort((a, b) => a.localeCompare(b)));
  });

  it('counts a facet across bundles', async () => {
    const page = browser.page();
    await allResults(page, 'split', '?q=lamp');
    expect(await facetCount(page, 'Brand', 'Orbit')).toBe(20);
    expect(await facetCount(page, 'Brand', 'Fern')).toBe(20);
  });
});
