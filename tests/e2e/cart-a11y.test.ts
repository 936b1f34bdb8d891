import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  addButton,
  cartCount,
  cartLink,
  drawer,
  open,
  product,
  quantityField,
  seriousViolations,
  useBrowser,
} from './cart-support';

const browser = useBrowser();
const board = product('/olive-wood-cutting-board/');

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return element ? (element.getAttribute('aria-label') ?? element.textContent?.trim() ?? element.id) : '';
  });

describe('accessibility of the cart', () => {
  it('gives the product page’s controls names and has no serious axe violations', async () => {
    const page = browser.page();
    await open(page, board.path);
    expect(await page.getByRole('radiogroup', { name: 'Size' }).count()).toBe(1);
    expect(await page.getByRole('combobox', { name: /Gift box/ }).count()).toBe(1);
    expect(await page.getByRole('textbox', { name: /Engraving/ }).count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: /Add linen gift wrap/ }).count()).toBe(1);
    expect(await quantityField(page).count()).toBe(1);
    expect(await addButton(page).count()).toBe(1);
    expect(await seriousViolations(page, '.add-to-cart')).toEqual([]);
  });

  it('has no serious axe violations in the open drawer or on the cart page', async () => {
    const page = browser.page();
    await open(page, board.path);
    await page.getByRole('combobox', { name: /Gift box/ }).selectOption({ label: 'Kraft box' });
    await page.getByRole('textbox', { name: /Engraving/ }).fill('For Ada');
    await addButton(page).click();
    await expect.poll(() => cartCount(page)).toBe(1);
    await cartLink(page).click();
    await drawer(page).getByRole('button', { name: 'Checkout' }).waitFor();
    expect(await drawer(page).textContent()).toContain('Engraving: For Ada');
    expect(await seriousViolations(page, '.cart-drawer')).toEqual([]);

    await open(page, '/cart/');
    await page.getByRole('main').getByRole('button', { name: 'Checkout' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('works end to end with the keyboard alone', async () => {
    const page = browser.page();
    await open(page, board.path);
    const small = page.getByRole('radio', { name: 'Small' });
    await small.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Large' }).isChecked()).toBe(true);
    await addButton(page).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cartCount(page)).toBe(1);

    await cartLink(page).focus();
    await page.keyboard.press('Enter');
    const dialog = drawer(page);
    await dialog.waitFor();
    // Focus moves into the dialog and Tab stays there.
    await expect
      .poll(() => dialog.evaluate((element) => element.contains(document.activeElement)))
      .toBe(true);
    for (let step = 0; step < 12; step++) {
      await page.keyboard.press('Tab');
      expect(
        await dialog.evaluate(
          (element) => element.contains(document.activeElement) || document.activeElement === document.body,
        ),
      ).toBe(true);
    }
    while (!(await focusedName(page)).startsWith('Increase quantity')) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => cartCount(page)).toBe(2);
    expect(await focusedName(page)).toBe(`Increase quantity of ${board.name}`);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focusedName(page)).toMatch(/^Cart/);
  });
});
