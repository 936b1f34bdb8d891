/** Shared steps of the cart's browser tests: hydrated pages, the cart's controls, the store's faults. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import {
  EXPIRE_CART_CONTROL_PATH,
  FAULTS_CONTROL_PATH,
  STOCK_CONTROL_PATH,
} from '../../local-store/core/controls';
import { sampleStore } from '../../local-store/data/sample';
import type { FaultConfig } from '../../local-store/index';
import { launchChromium } from '../support/chromium';

/** The built site and its local store, from the site tests' global setup. */
export const site = inject('site');

/** The sample catalog the site was built from. */
export const catalog = sampleStore();

/** A sample product by path, with its variants by SKU. */
export function product(path: string) {
  const found = catalog.products.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`The sample store has no ${path}`);
  return found;
}

async function control(path: string, body: unknown): Promise<void> {
  const response = await fetch(`${site.storeUrl}${path}`, { method: 'POST', body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path} failed: HTTP ${response.status}`);
}

/** Sets the local store's faults through its control endpoint (`{}` clears them). */
export const setFaults = (faults: FaultConfig) => control(FAULTS_CONTROL_PATH, faults);

/** Makes the store forget a cart as BigCommerce does after 30 untouched days. */
export const expireCart = (cartEntityId: string) => control(EXPIRE_CART_CONTROL_PATH, { cartEntityId });

/** Sets units on hand by SKU, as if they had sold since (`{}` goes back to the sample's stock). */
export const setStock = (units: Record<string, number>) => control(STOCK_CONTROL_PATH, units);

/** Deletes a cart as another party (the merchant, or a finished checkout) would. */
export async function deleteCart(cartEntityId: string): Promise<void> {
  const response = await fetch(`${site.storeUrl}/graphql`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${site.privateToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation($id: String!) { cart { deleteCart(input: { cartEntityId: $id }) { deletedCartEntityId } } }',
      variables: { id: cartEntityId },
    }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0].message);
}

/** Opens a page of the site and waits until its cart islands have hydrated. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${site.origin}${path}`);
  await hydrated(page);
}

/** Waits until every island on the page has hydrated (Astro drops `ssr` then). */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}

/** The header's cart link. */
export const cartLink = (page: Page) => page.getByRole('link', { name: /^Cart/ });

/** The count the cart link announces, e.g. "Cart, 3 items" → 3 (0 when none is shown). */
export async function cartCount(page: Page): Promise<number> {
  const name = (await cartLink(page).textContent()) ?? '';
  return Number(/, (\d+) items?/.exec(name)?.[1] ?? 0);
}

/** The cart drawer. */
export const drawer = (page: Page) => page.getByRole('dialog', { name: 'Your cart' });

/** The add-to-cart button. */
export const addButton = (page: Page) => page.getByRole('button', { name: 'Add to cart' });

/** The add-to-cart quantity input. */
export const quantityField = (page: Page) => page.getByRole('spinbutton', { name: 'Quantity', exact: true });

/** The stored cart id, as the page keeps it. */
export const storedCartId = (page: Page) => page.evaluate(() => localStorage.getItem('bc-cart-id'));

/** axe violations a shopper with assistive technology would be blocked or badly hindered by. */
export async function seriousViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

/** A browser for the file, and a fresh context (so an empty cart) and page for each test. */
export function useBrowser(): { page: () => Page; context: () => BrowserContext } {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterEach(async () => {
    await setFaults({});
    // Stock is shared by every test file and by the determinism test's second build.
    await setStock({});
    await context?.close();
  });
  return { page: () => page, context: () => context };
}
