import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sampleStore } from '../../local-store/data/sample';
import { launchChromium } from '../support/chromium';

const site = inject('site');
const store = sampleStore();
let browser: Browser;
let page: Page;

/** axe violations a shopper with assistive technology would be blocked or badly hindered by. */
async function seriousViolations(target: Page) {
  const { violations } = await new AxeBuilder({ page: target }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('a shopper browsing the sample store', () => {
  it('goes from home to a category to a product and sees its price', async () => {
    await page.goto(`${site.origin}/`);
    expect(await seriousViolations(page)).toEqual([]);

    const topLevel = store.categories.find((category) => category.parentId === null)!;
    const menu = page.locator('.nav-desktop__group', { has: page.locator(`a[href="${topLevel.path}"]`) });
    await menu.locator('summary').click();
    await menu.getByRole('link', { name: `All ${topLevel.name}` }).click();
    await page.waitForURL(`${site.origin}${topLevel.path}`);
    await expect.poll(() => page.locator('h1').innerText()).toContain(topLevel.name);
    expect(await seriousViolations(page)).toEqual([]);

    const productLink = page.getByRole('article').getByRole('heading').getByRole('link').first();
    const href = (await productLink.getAttribute('href'))!;
    const product = store.products.find((candidate) => candidate.path === href);
    expect(product, `a product card links to ${href}`).toBeDefined();
    await productLink.click();
    await page.waitForURL(`${site.origin}${href}`);
    expect(await page.locator('h1').innerText()).toContain(product!.name);
    expect(await page.locator('main').innerText()).toMatch(/\$\d|Price on request/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('serves the 404 page for an unknown path', async () => {
    const response = await page.goto(`${site.origin}/no-such-thing/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toMatch(/not found|couldn’t find|404/i);
  });
});
