import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { GetLiveProductData } from '../../src/lib/bigcommerce/queries/GetLiveProductQuery';
import {
  addButton,
  cartCount,
  cartLink,
  deleteCart,
  drawer,
  open,
  quantityField,
  product,
  setFaults,
  site,
  storedCartId,
  useBrowser,
} from './cart-support';

const browser = useBrowser();
const mug = product('/speckled-stoneware-mug/');
const rug = product('/berber-wool-rug/');

type LiveProductReply = NonNullable<GetLiveProductData['site']['product']>;

/** Changes the next live product reply the page gets, as if the store had changed since the build. */
async function rewriteNextLiveReply(page: Page, change: (product: LiveProductReply) => void) {
  let done = false;
  await page.route(`${site.storeUrl}/graphql?operation=GetLiveProductQuery*`, async (route: Route) => {
    if (done || route.request().method() !== 'POST') return route.fallback();
    done = true;
    const response = await route.fetch();
    const body = await response.json();
    change(body.data.site.product);
    await route.fulfill({ response, json: body });
  });
}

describe('a missing or expired cart', () => {
  it('is replaced by a new cart holding its lines and the shopper’s change, without an error', async () => {
    const page = browser.page();
    await open(page, mug.path);
    await addButton(page).click();
    await expect.poll(() => cartCount(page)).toBe(1);
    const oldId = (await storedCartId(page))!;
    await deleteCart(oldId);

    await page.getByRole('radio', { name: 'Ink' }).check();
    await addButton(page).click();
    await page.getByRole('status').filter({ hasText: 'Added 1 ×' }).waitFor();
    const newId = await storedCartId(page);
    expect(newId).not.toBe(oldId);
    expect(newId).toBeTruthy();
    expect(await page.getByRole('alert').count()).toBe(0);
    await cartLink(page).click();
    await drawer(page).locator('[data-sku]').first().waitFor();
    expect(
      await drawer(page)
        .locator('[data-sku]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-sku'))),
    ).toEqual(['KS-MUG-OAT', 'KS-MUG-INK']);
  });
});

describe('the store being down', () => {
  it('shows an error with a retry, and loses nothing once the store is back', async () => {
    const page = browser.page();
    await open(page, mug.path);
    await addButton(page).click();
    await expect.poll(() => cartCount(page)).toBe(1);

    await setFaults({ dieAfter: 0 });
    await page.getByRole('radio', { name: 'Sage' }).check();
    await quantityField(page).fill('2');
    await addButton(page).click();
    const alert = page.getByRole('alert').filter({ hasText: 'could not reach the store' });
    await alert.waitFor();
    expect(await cartCount(page)).toBe(1);

    await setFaults({});
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('status').filter({ hasText: 'Added 2 ×' }).waitFor();
    await expect.poll(() => cartCount(page)).toBe(3);
    expect(await alert.count()).toBe(0);
    await cartLink(page).click();
    const rows = drawer(page).locator('[data-sku]');
    await rows.nth(1).waitFor();
    expect(await rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-sku')).sort())).toEqual([
      'KS-MUG-OAT',
      'KS-MUG-SAGE',
    ]);
  });
});

describe('stock', () => {
  it('marks an out-of-stock variant, which cannot be chosen or added', async () => {
    const page = browser.page();
    await open(page, mug.path);
    const rose = page.getByRole('radio', { name: /Rose/ });
    expect(await rose.isDisabled()).toBe(true);
    expect(
      await rose.getAttribute('id').then((id) => page.locator(`label[for="${id}"]`).textContent()),
    ).toContain('(unavailable)');

    const skillet = product('/enamelled-cast-iron-skillet/');
    await open(page, skillet.path);
    await page.getByRole('radio', { name: '28 cm' }).check();
    expect(await page.getByRole('radio', { name: /^Ink/ }).isDisabled()).toBe(true);
  });

  it('says so at the quantity when fewer units are left than the page knew, and adjusts it', async () => {
    const page = browser.page();
    await rewriteNextLiveReply(page, (live) => {
      for (const { node } of live.variants.edges ?? []) node.inventory!.aggregated!.availableToSell = 50;
    });
    await open(page, rug.path);
    await expect.poll(() => page.locator('.add-to-cart__stock').textContent()).toBe('In stock');
    await quantityField(page).fill('5');
    await addButton(page).click();
    const available = rug.variants[0].stock!;
    const message = page.getByText(
      `Not enough stock: only ${available} can be added, so the quantity is now ${available}.`,
    );
    await message.waitFor();
    expect(await quantityField(page).inputValue()).toBe(String(available));
    expect(await quantityField(page).getAttribute('aria-describedby')).toBe(await message.getAttribute('id'));
    expect(await storedCartId(page)).toBeNull();
    await addButton(page).click();
    await expect.poll(() => cartCount(page)).toBe(available);
  });

  it('shows the store’s live price and a sell-out before the next rebuild', async () => {
    const page = browser.page();
    await rewriteNextLiveReply(page, (live) => {
      for (const { node } of live.variants.edges ?? []) {
        node.prices!.price.value = 640;
        node.inventory = { isInStock: false, aggregated: { availableToSell: 0 } };
      }
    });
    await open(page, rug.path);
    await expect.poll(() => page.locator('.add-to-cart__price').textContent()).toBe('$640.00');
    expect(await page.locator('.add-to-cart__stock').textContent()).toBe('Out of stock');
    expect(await addButton(page).isDisabled()).toBe(true);
  });
});
