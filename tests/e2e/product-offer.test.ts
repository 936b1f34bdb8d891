/**
 * A product page's price and stock line, as a shopper sees and hears them: with scripts, the add-to-cart
 * island's live ones in place of the build's; without, the static ones.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GetLiveProductData } from '../../src/lib/bigcommerce/queries/GetLiveProductQuery';
import { launchChromium } from '../support/chromium';

const site = inject('site');
// Sample store: the rug is one of a kind (3 left, with an MSRP); the skillet's sizes span $69 to $109, and
// its default picks (Sage, 24 cm) cost $89 with plenty in stock.
const RUG = '/berber-wool-rug/';
const SKILLET = '/enamelled-cast-iron-skillet/';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

type LiveProduct = NonNullable<GetLiveProductData['site']['product']>;

/**
 * Opens a product page with scripts on or off. `storeNow` changes the store's live reply, as if the
 * store had changed since the build; with scripts on, it waits until the island has hydrated.
 */
async function openProduct(path: string, scripts: boolean, storeNow?: (live: LiveProduct) => void) {
  const context = await browser.newContext({ javaScriptEnabled: scripts });
  const page = await context.newPage();
  if (storeNow) {
    await page.route(`${site.storeUrl}/graphql?operation=GetLiveProductQuery*`, async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      const response = await route.fetch();
      const body = (await response.json()) as { data: GetLiveProductData };
      storeNow(body.data.site.product!);
      await route.fulfill({ response, json: body });
    });
  }
  await page.goto(`${site.origin}${path}`);
  if (scripts) await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  return page;
}

/** What the product summary shows (visible text only) and what it exposes to assistive technology. */
async function summary(page: Page) {
  const block = page.locator('.product__summary');
  return { seen: await block.innerText(), heard: await block.ariaSnapshot() };
}

const times = (text: string, part: string) => text.split(part).length - 1;

/** Expects each part once, and nothing of `absent`, both on screen and for screen readers. */
async function expectOnce(page: Page, once: string[], absent: string[] = []) {
  const { seen, heard } = await summary(page);
  for (const text of [seen, heard]) {
    for (const part of once) expect(times(text, part), `"${part}" in:\n${text}`).toBe(1);
    for (const part of absent) expect(text, `"${part}" in:\n${text}`).not.toContain(part);
  }
}

describe('the price and stock line of a product page', () => {
  it('with scripts, are the island’s alone: one price, one MSRP, one stock line, one note', async () => {
    const page = await openProduct(RUG, true);
    await expectOnce(page, [
      '$620.00',
      'MSRP',
      '$780.00',
      'Only 3 left',
      'Usually ships in 1–2 business days',
    ]);
    expect(await page.locator('.add-to-cart__stock').isVisible()).toBe(true);
    expect(await page.locator('.availability').isVisible()).toBe(false);
    await page.context().close();
  });

  it('with scripts, show the chosen variant’s price instead of the static "From" range', async () => {
    const page = await openProduct(SKILLET, true);
    await expectOnce(page, ['$89.00', 'In stock'], ['From $69.00']);
    await page.context().close();
  });

  it('without scripts, are the static ones, with the option list and no dead form', async () => {
    const rug = await openProduct(RUG, false);
    await expectOnce(rug, ['$620.00', '$780.00', 'Only 3 left', 'Usually ships in 1–2 business days']);
    await rug.context().close();

    const skillet = await openProduct(SKILLET, false);
    await expectOnce(skillet, ['From $69.00', 'In stock'], ['$89.00']);
    expect(await skillet.getByRole('button', { name: 'Add to cart' }).isVisible()).toBe(false);
    expect(await skillet.locator('.options').isVisible()).toBe(true);
    await skillet.context().close();
  });

  it('show only the live stock and price when the store has changed since the build', async () => {
    const page = await openProduct(SKILLET, true, (live) => {
      for (const { node } of live.variants.edges ?? []) {
        node.inventory = { isInStock: true, aggregated: { availableToSell: 2 } };
        node.prices!.price.value = 95;
      }
    });
    const stock = page.locator('.add-to-cart__stock');
    await expect.poll(() => stock.textContent()).toBe('Only 2 left');
    await expectOnce(page, ['$95.00', 'Only 2 left'], ['$89.00', 'In stock', 'From $69.00']);
    await page.context().close();
  });

  it('with scripts, are the island’s from the first paint, so nothing moves when it hydrates', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/AddToCart\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.fallback();
    });
    await page.goto(`${site.origin}${SKILLET}`, { waitUntil: 'domcontentloaded' });
    expect(await page.locator('astro-island[ssr] .add-to-cart').count()).toBe(1);
    await expectOnce(page, ['$89.00', 'In stock'], ['From $69.00']);
    const before = await page.locator('.add-to-cart__summary').boundingBox();
    release();
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    expect(await page.locator('.add-to-cart__summary').boundingBox()).toEqual(before);
    await context.close();
  });
});
