import { describe, expect, it } from 'vitest';
import {
  addButton,
  cartCount,
  cartLink,
  drawer,
  hydrated,
  open,
  quantityField,
  product,
  site,
  storedCartId,
  useBrowser,
} from './cart-support';

const browser = useBrowser();
const skillet = product('/enamelled-cast-iron-skillet/');
const skilletSku = (colour: string, size: string) =>
  `HI-SKL-${colour.toUpperCase()}-${size.replace(' ', '').toUpperCase()}`;
const mug = product('/speckled-stoneware-mug/');

describe('adding to the cart', () => {
  it('follows the chosen options to the variant, its price and stock, and updates the count', async () => {
    const page = browser.page();
    await open(page, skillet.path);
    expect(await cartCount(page)).toBe(0);
    await page.getByRole('radiogroup', { name: 'Colour' }).getByRole('radio', { name: 'Clay' }).check();
    await page.getByRole('radiogroup', { name: 'Size' }).getByRole('radio', { name: '28 cm' }).check();
    const summary = page.locator('.add-to-cart__summary');
    expect(await summary.textContent()).toContain('$109.00');
    const clay28 = skillet.variants.find((variant) => variant.sku === skilletSku('Clay', '28 cm'))!;
    expect(await summary.textContent()).toContain(
      clay28.stock! <= 5 ? `Only ${clay28.stock} left` : 'In stock',
    );
    await quantityField(page).fill('2');
    await addButton(page).click();
    await page.getByRole('status').filter({ hasText: 'Added 2 ×' }).waitFor();
    await expect.poll(() => cartCount(page)).toBe(2);
  });

  it('asks for a required option at its field before adding anything', async () => {
    const page = browser.page();
    const hose = product('/expandable-garden-hose/');
    await open(page, hose.path);
    const length = page.getByLabel('Length (metres)');
    await length.fill('');
    await addButton(page).click();
    const message = page.getByText('Enter length (metres).');
    await message.waitFor();
    expect(await length.getAttribute('aria-invalid')).toBe('true');
    expect(await length.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await length.getAttribute('aria-describedby')).toBe(await message.getAttribute('id'));
    expect(await storedCartId(page)).toBeNull();
    await length.fill('20');
    await addButton(page).click();
    await expect.poll(() => cartCount(page)).toBe(1);
  });

  it('does not add twice on a double click', async () => {
    const page = browser.page();
    await open(page, mug.path);
    await addButton(page).dblclick();
    await page.getByRole('status').filter({ hasText: 'Added 1 ×' }).waitFor();
    await page.waitForTimeout(300);
    expect(await cartCount(page)).toBe(1);
  });
});

describe('the cart across pages and tabs', () => {
  it('survives a reload, and a second tab sees it and stays in step', async () => {
    const page = browser.page();
    await open(page, mug.path);
    await addButton(page).click();
    await expect.poll(() => cartCount(page)).toBe(1);
    await page.reload();
    await hydrated(page);
    expect(await cartCount(page)).toBe(1);

    const other = await browser.context().newPage();
    await open(other, skillet.path);
    expect(await cartCount(other)).toBe(1);
    await addButton(other).click();
    await expect.poll(() => cartCount(other)).toBe(2);
    await expect.poll(() => cartCount(page)).toBe(2);
  });
});

describe('the cart drawer', () => {
  it('changes a quantity, then removing the last line empties the cart and forgets it', async () => {
    const page = browser.page();
    await open(page, mug.path);
    await addButton(page).click();
    await expect.poll(() => cartCount(page)).toBe(1);
    await cartLink(page).click();
    const dialog = drawer(page);
    await dialog.waitFor();
    const oat = mug.variants[0];
    const line = dialog.locator(`[data-sku="${oat.sku}"]`);
    await line.getByRole('button', { name: `Increase quantity of ${mug.name}` }).click();
    await expect
      .poll(() => line.getByRole('spinbutton', { name: `Quantity of ${mug.name}` }).inputValue())
      .toBe('2');
    await expect.poll(() => cartCount(page)).toBe(2);
    await expect.poll(() => dialog.locator('[data-cart-subtotal]').textContent()).toBe('$48.00');
    await line.getByRole('spinbutton', { name: `Quantity of ${mug.name}` }).fill('3');
    await line.getByRole('spinbutton', { name: `Quantity of ${mug.name}` }).press('Tab');
    await expect.poll(() => cartCount(page)).toBe(3);

    await line.getByRole('button', { name: `Remove ${mug.name}` }).click();
    await dialog.getByText('Your cart is empty.').waitFor();
    expect(await cartCount(page)).toBe(0);
    expect(
      await page.evaluate(() => [localStorage.getItem('bc-cart-id'), localStorage.getItem('bc-cart')]),
    ).toEqual([null, null]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });
});

describe('checkout', () => {
  it('lands on BigCommerce’s hosted checkout with the same SKUs and quantities', async () => {
    const page = browser.page();
    await open(page, skillet.path);
    await page.getByRole('radio', { name: 'Ink' }).check();
    await page.getByRole('radio', { name: '20 cm' }).check();
    await quantityField(page).fill('2');
    await addButton(page).click();
    await expect.poll(() => cartCount(page)).toBe(2);
    await open(page, mug.path);
    await page.getByRole('radio', { name: 'Sage' }).check();
    await addButton(page).click();
    await expect.poll(() => cartCount(page)).toBe(3);

    await cartLink(page).click();
    await drawer(page).getByRole('button', { name: 'Checkout' }).click();
    await page.waitForURL(/\/cart\.php\?action=loadInCheckout&id=/);
    expect(page.url().startsWith(site.storeUrl)).toBe(true);
    const lines = await page
      .locator('[data-sku]')
      .evaluateAll((rows) =>
        rows.map((row) => [row.getAttribute('data-sku'), Number(row.getAttribute('data-quantity'))]),
      );
    expect(lines.sort()).toEqual([
      [skilletSku('Ink', '20 cm'), 2],
      ['KS-MUG-SAGE', 1],
    ]);
  });
});
