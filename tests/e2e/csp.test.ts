/**
 * The site under its Content-Security-Policy (the pages' `<meta>` and the headers of `dist/_headers`,
 * which the test server applies as Netlify does): shopping, checkout and search work, and the
 * browser reports no violation and no error on the way.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { addButton, cartCount, cartLink, drawer, open, product, site, useBrowser } from './cart-support';
import { resultNames } from './search-support';

const browser = useBrowser();
const mug = product('/speckled-stoneware-mug/');

/** What the browser complained about: CSP violations (from any page) and console errors (from ours). */
interface Complaints {
  violations: string[];
  errors: string[];
}

async function watch(context: BrowserContext, page: Page): Promise<Complaints> {
  const complaints: Complaints = { violations: [], errors: [] };
  await context.exposeBinding('reportCspViolation', (_source, text: string) => {
    complaints.violations.push(text);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation;
    document.addEventListener('securitypolicyviolation', (event) =>
      report(`${event.effectiveDirective} blocked ${event.blockedURI} on ${location.href}`),
    );
  });
  const fromSite = (url: string) => url.startsWith(site.origin);
  page.on('console', (message) => {
    // Pagefind only warns when its worker fails and it falls back to searching on the main thread.
    const failed = message.type() === 'error' || /pagefind/i.test(message.text());
    if (failed && fromSite(page.url())) complaints.errors.push(message.text());
  });
  page.on('pageerror', (error) => complaints.errors.push(error.message));
  page.on('worker', (worker) =>
    worker.on('console', (message) => {
      if (message.type() === 'error') complaints.errors.push(`worker: ${message.text()}`);
    }),
  );
  return complaints;
}

let complaints: Complaints;
beforeEach(async () => {
  complaints = await watch(browser.context(), browser.page());
});

describe('under the Content-Security-Policy', () => {
  it('adds to the cart and hands the cart to the hosted checkout', async () => {
    const page = browser.page();
    await open(page, mug.path);
    await page.getByRole('radio', { name: 'Sage' }).check();
    await addButton(page).click();
    await expect.poll(() => cartCount(page)).toBe(1);
    await cartLink(page).click();
    await drawer(page).getByRole('button', { name: 'Checkout' }).click();
    await page.waitForURL(/\/cart\.php\?action=loadInCheckout&id=/);
    expect(page.url().startsWith(site.storeUrl)).toBe(true);
    expect(await page.locator('[data-sku]').getAttribute('data-sku')).toBe('KS-MUG-SAGE');
    expect(complaints).toEqual({ violations: [], errors: [] });
  });

  it('searches from the search page and from the header box, images included', async () => {
    const page = browser.page();
    // Pagefind starts its worker and WebAssembly on the first search: give it more than a poll's second.
    await open(page, '/search/?q=mug');
    await expect.poll(() => resultNames(page), { timeout: 20_000 }).toContain(mug.name);
    await expect
      .poll(() =>
        page
          .locator('.result-grid img')
          .evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth)),
      )
      .not.toContain(0);

    await open(page, '/kitchen/');
    const box = page.getByRole('search', { name: 'Store search' }).locator('input');
    await box.focus();
    await page.keyboard.type('mug');
    const options = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
    await expect
      .poll(() => options.allInnerTexts(), { timeout: 20_000 })
      .toContainEqual(expect.stringContaining(mug.name));
    expect(complaints).toEqual({ violations: [], errors: [] });
  });

  it('reports a script the policy does not allow, so the checks above can fail', async () => {
    const page = browser.page();
    await open(page, '/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await expect
      .poll(() => complaints.violations)
      .toEqual([expect.stringMatching(/^script-src(-elem)? blocked inline on /)]);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  });
});
