/**
 * Variant URLs: `?sku=` opens a product page with that variant chosen, choosing options puts the variant's
 * SKU in the URL, and reload and Back (from the server or from the back/forward cache) keep the choice.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { addButton, drawer, hydrated, open, product, site, useBrowser } from './cart-support';

const browser = useBrowser();
// Sample store: the skillet comes in four colours and three sizes ($69, $89, $109); its default picks are
// Sage and 24 cm ($89), and Ink in 28 cm is sold out.
const skillet = product('/enamelled-cast-iron-skillet/');
const CLAY_28 = 'HI-SKL-CLAY-28CM';
const INK_28 = 'HI-SKL-INK-28CM';

const radio = (page: Page, option: string, value: string) =>
  page.getByRole('radiogroup', { name: option }).getByRole('radio', { name: value });
const summaryText = (page: Page) => page.locator('.add-to-cart__summary').innerText();
const summaryImage = (page: Page) => page.locator('.add-to-cart__image').getAttribute('alt');
const skuInUrl = (page: Page) => new URL(page.url()).searchParams.get('sku');

/** Expects the island to show Clay in 28 cm: both picked, its price, image and stock line. */
async function expectClay28(page: Page) {
  expect(await radio(page, 'Colour', 'Clay').isChecked()).toBe(true);
  expect(await radio(page, 'Size', '28 cm').isChecked()).toBe(true);
  const text = await summaryText(page);
  expect(text).toContain('$109.00');
  const { stock } = skillet.variants.find((variant) => variant.sku === CLAY_28)!;
  expect(text).toContain(stock !== null && stock <= 5 ? `Only ${stock} left` : 'In stock');
  expect(await summaryImage(page)).toBe('Skillet in Clay');
}

/** Picks Clay, then 28 cm. */
async function chooseClay28(page: Page) {
  await radio(page, 'Colour', 'Clay').check();
  await radio(page, 'Size', '28 cm').check();
}

describe('opening a variant’s URL', () => {
  it('shows that variant’s price, image and stock, and adds that variant to the cart', async () => {
    const page = browser.page();
    await open(page, `${skillet.path}?sku=${CLAY_28}`);
    await expectClay28(page);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      new URL(skillet.path, site.origin).href,
    );
    await addButton(page).click();
    await page.getByRole('button', { name: 'View cart' }).click();
    const lines = drawer(page).locator('[data-sku]');
    await lines.first().waitFor();
    expect(await lines.evaluateAll((items) => items.map((item) => item.getAttribute('data-sku')))).toEqual([
      CLAY_28,
    ]);
  });

  it('matches the SKU ignoring case, and picks a sold-out variant so its stock line says so', async () => {
    const page = browser.page();
    await open(page, `${skillet.path}?sku=${INK_28.toLowerCase()}`);
    expect(await radio(page, 'Colour', 'Ink').isChecked()).toBe(true);
    expect(await radio(page, 'Size', '28 cm').isChecked()).toBe(true);
    expect(await summaryText(page)).toContain('Out of stock');
    expect(await addButton(page).isDisabled()).toBe(true);
  });

  it('keeps the default picks for an unknown SKU', async () => {
    const page = browser.page();
    await open(page, `${skillet.path}?sku=HI-SKL-PLAID-99CM`);
    expect(await radio(page, 'Colour', 'Sage').isChecked()).toBe(true);
    expect(await radio(page, 'Size', '24 cm').isChecked()).toBe(true);
    expect(await summaryText(page)).toContain('$89.00');
  });
});

describe('choosing options', () => {
  it('puts the chosen variant’s SKU in the URL, keeping its other parameters and hash', async () => {
    const page = browser.page();
    await open(page, `${skillet.path}?utm_source=mail#reviews`);
    await radio(page, 'Colour', 'Clay').check();
    await expect.poll(() => skuInUrl(page)).toBe('HI-SKL-CLAY-24CM');
    await radio(page, 'Size', '28 cm').check();
    await expect.poll(() => skuInUrl(page)).toBe(CLAY_28);
    const url = new URL(page.url());
    expect([url.pathname, url.searchParams.get('utm_source'), url.hash]).toEqual([
      skillet.path,
      'mail',
      '#reviews',
    ]);
  });

  it('keeps the choice on reload, and adds no history entry: Back leaves the page', async () => {
    const page = browser.page();
    await open(page, '/');
    await open(page, skillet.path);
    await chooseClay28(page);
    await expect.poll(() => skuInUrl(page)).toBe(CLAY_28);
    await page.reload();
    await hydrated(page);
    await expectClay28(page);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('keeps the choice when the shopper goes to another page and comes Back', async () => {
    const page = browser.page();
    await open(page, skillet.path);
    await chooseClay28(page);
    await expect.poll(() => skuInUrl(page)).toBe(CLAY_28);
    await goAwayAndBack(page);
    await hydrated(page);
    await expectClay28(page);
  });
});

/** Follows the page's brand link, then goes Back. */
async function goAwayAndBack(page: Page) {
  await page.locator('.product__brand').click();
  await page.waitForURL((url) => url.pathname !== skillet.path);
  // A page restored from the back/forward cache fires no load event: wait only for the navigation.
  await page.goBack({ waitUntil: 'commit' });
  await page.waitForURL((url) => url.pathname === skillet.path, { waitUntil: 'commit' });
}

describe('coming Back through the back/forward cache', () => {
  let cachingBrowser: Browser;
  beforeAll(async () => {
    cachingBrowser = await launchChromium({ backForwardCache: true });
  });
  afterAll(async () => {
    await cachingBrowser?.close();
  });

  it('finds the island as it was, with the choice', async () => {
    const context = await cachingBrowser.newContext();
    const page = await context.newPage();
    await open(page, skillet.path);
    await chooseClay28(page);
    await expect.poll(() => skuInUrl(page)).toBe(CLAY_28);
    await page.evaluate(() =>
      addEventListener('pageshow', (event) => {
        document.documentElement.dataset.restored = String(event.persisted);
      }),
    );
    await goAwayAndBack(page);
    await page.waitForFunction(() => document.documentElement.dataset.restored === 'true');
    await expectClay28(page);
    await context.close();
  });
});
