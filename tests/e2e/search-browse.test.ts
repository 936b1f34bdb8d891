import { describe, expect, it } from 'vitest';
import { catalog, open, product, seriousViolations, site, useBrowser } from './cart-support';
import {
  brandName,
  facetCount,
  facetValue,
  productsInCategory,
  resultPaths,
  summary,
} from './search-support';

const browser = useBrowser();

describe('the header search box', () => {
  it('submits to the search page without JavaScript', async () => {
    const page = await browser.context().browser()!.newPage({ javaScriptEnabled: false });
    try {
      await page.goto(`${site.origin}/kitchen/`);
      const box = page.getByRole('search', { name: 'Store search' }).getByRole('searchbox');
      await box.fill('teapot');
      await box.press('Enter');
      await page.waitForURL(`${site.origin}/search/?q=teapot`);
      expect(await page.locator('main').innerText()).toMatch(/Search needs JavaScript/);
    } finally {
      await page.close();
    }
  });

  it('suggests the top results as the shopper types, chosen with the arrow keys', async () => {
    const page = browser.page();
    const teapot = product('/caj-teapot/');
    await open(page, '/kitchen/');
    const box = page.getByRole('search', { name: 'Store search' }).locator('input');
    await box.focus();
    await page.keyboard.type('teapot');
    const options = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
    // The last option names the term its suggestions are for: wait for the whole word's, not a prefix's.
    await expect.poll(() => options.last().innerText()).toContain('“teapot”');
    expect(await options.first().innerText()).toContain(teapot.name);
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await seriousViolations(page, '.site-search')).toEqual([]);
    await page.keyboard.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.origin}${teapot.path}`);
  });

  it('submits the typed query to the search page when no suggestion is highlighted', async () => {
    const page = browser.page();
    await open(page, '/');
    const box = page.getByRole('search', { name: 'Store search' }).locator('input');
    await box.focus();
    await page.keyboard.type('mug');
    await page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.origin}/search/?q=mug`);
    await expect.poll(() => summary(page)).toMatch(/for “mug”/);
  });
});

describe('a category page’s filters', () => {
  it('narrow the listing to a subset of the category’s products, with counts, in the URL', async () => {
    const page = browser.page();
    const kitchen = productsInCategory('/kitchen/');
    await open(page, '/kitchen/');
    const staticGrid = page.locator('[data-listing-static]');
    expect(await staticGrid.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Filter and sort' }).click();
    const brand = brandName(product('/enamelled-cast-iron-skillet/').brandId);
    await facetValue(page, 'Brand', brand).waitFor();
    const count = await facetCount(page, 'Brand', brand);
    await facetValue(page, 'Brand', brand).check();
    await expect.poll(() => summary(page)).toBe(`${count} ${count === 1 ? 'product' : 'products'}`);
    expect(await staticGrid.isVisible()).toBe(false);
    const shown = await resultPaths(page);
    expect(shown).toHaveLength(count);
    const ofBrand = new Set(
      catalog.products.filter((each) => brandName(each.brandId) === brand).map((each) => each.path),
    );
    for (const path of shown) {
      expect(kitchen.has(path), path).toBe(true);
      expect(ofBrand.has(path), path).toBe(true);
    }
    expect(new URL(page.url()).searchParams.get('brand')).toBe(brand);

    // A reload keeps the filter, loading the bar at once.
    await page.reload();
    await expect.poll(() => resultPaths(page)).toEqual(shown);
    expect(await facetValue(page, 'Brand', brand).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => staticGrid.isVisible()).toBe(true);
    expect(new URL(page.url()).search).toBe('');
  });

  it('never offers a value that would leave no products, and keeps the static grid without JavaScript', async () => {
    const page = browser.page();
    await open(page, '/garden/');
    await page.getByRole('button', { name: 'Filter and sort' }).click();
    const counts = page.locator('#listing-filters-panel .facet__count [aria-hidden]');
    await counts.first().waitFor();
    const numbers = (await counts.allInnerTexts()).map(Number);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.every((n) => n > 0)).toBe(true);

    const noJs = await browser.context().browser()!.newPage({ javaScriptEnabled: false });
    try {
      await noJs.goto(`${site.origin}/garden/`);
      expect(await noJs.getByRole('button', { name: 'Filter and sort' }).count()).toBe(0);
      expect(await noJs.locator('[data-listing-static] article').count()).toBeGreaterThan(0);
    } finally {
      await noJs.close();
    }
  });
});
