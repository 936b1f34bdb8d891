import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  addButton,
  cartCount,
  cartLink,
  drawer,
  expireCart,
  hydrated,
  open,
  product,
  seriousViolations,
  setStock,
  storedCartId,
  useBrowser,
} from './cart-support';

const browser = useBrowser();
const mug = product('/speckled-stoneware-mug/');
const rug = product('/berber-wool-rug/');

/** The SKUs and quantities the open drawer lists. */
const drawerLines = (page: Page) =>
  drawer(page)
    .locator('[data-sku]')
    .evaluateAll((rows) =>
      rows.map((row) => [row.getAttribute('data-sku'), row.querySelector('input')?.value]),
    );

/** Adds one of the product at `path` (its first choices) and waits for the cart to hold `count`. */
async function addOne(page: Page, path: string, count: number): Promise<string> {
  await open(page, path);
  await addButton(page).click();
  await expect.poll(() => cartCount(page)).toBe(count);
  return (await storedCartId(page))!;
}

/** Adds a mug in Oat and one in Sage, and returns the cart's id. */
async function twoMugs(page: Page): Promise<string> {
  await addOne(page, mug.path, 1);
  await page.getByRole('radio', { name: 'Sage' }).check();
  await addButton(page).click();
  await expect.poll(() => cartCount(page)).toBe(2);
  return (await storedCartId(page))!;
}

describe('a cart the store forgot', () => {
  it('comes back on reload with both lines, under a new cart id', async () => {
    const page = browser.page();
    const oldId = await twoMugs(page);
    await expireCart(oldId);
    await page.reload();
    await hydrated(page);
    await expect.poll(() => storedCartId(page)).not.toBe(oldId);
    expect(await storedCartId(page)).toBeTruthy();
    expect(await cartCount(page)).toBe(2);
    await cartLink(page).click();
    await drawer(page).locator('[data-sku]').nth(1).waitFor();
    expect(await drawerLines(page)).toEqual([
      ['KS-MUG-OAT', '1'],
      ['KS-MUG-SAGE', '1'],
    ]);
    expect(await drawer(page).getByText('could not be put back').count()).toBe(0);
  });

  it('comes back without a line that sold out meanwhile, and says which and why', async () => {
    const page = browser.page();
    await addOne(page, mug.path, 1);
    const oldId = await addOne(page, rug.path, 2);
    await setStock({ [rug.variants[0].sku]: 0 });
    await expireCart(oldId);

    await page.reload();
    await hydrated(page);
    await expect.poll(() => storedCartId(page)).not.toBe(oldId);
    await expect.poll(() => cartCount(page)).toBe(1);
    await cartLink(page).click();
    const notice = drawer(page).getByRole('status').filter({ hasText: 'could not be put back' });
    await notice.waitFor();
    expect(await notice.getByRole('listitem').allTextContents()).toEqual([`${rug.name}: out of stock`]);
    expect(await drawerLines(page)).toEqual([['KS-MUG-OAT', '1']]);
    expect(await seriousViolations(page, '.cart-drawer')).toEqual([]);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notice.count()).toBe(0);
  });

  it('takes a quantity change on the new cart instead of showing an empty one', async () => {
    const page = browser.page();
    const oldId = await twoMugs(page);
    await cartLink(page).click();
    const line = drawer(page).locator('[data-sku="KS-MUG-OAT"]');
    await line.waitFor();
    await expireCart(oldId);
    await line.getByRole('button', { name: `Increase quantity of ${mug.name}` }).click();
    await expect.poll(() => cartCount(page)).toBe(3);
    expect(await storedCartId(page)).not.toBe(oldId);
    expect(await drawerLines(page)).toEqual([
      ['KS-MUG-OAT', '2'],
      ['KS-MUG-SAGE', '1'],
    ]);
    expect(await drawer(page).getByText('Your cart is empty.').count()).toBe(0);
  });

  it('is not brought back once it went to checkout: the order took it', async () => {
    const page = browser.page();
    const id = await addOne(page, mug.path, 1);
    await cartLink(page).click();
    await drawer(page).getByRole('button', { name: 'Checkout' }).click();
    await page.waitForURL(/\/cart\.php\?action=loadInCheckout&id=/);
    // Placing the order would take stock that later tests and the second build rely on.
    await expireCart(id);
    await open(page, '/');
    await expect.poll(() => cartCount(page)).toBe(0);
    expect(await storedCartId(page)).toBeNull();
  });
});
