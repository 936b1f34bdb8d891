import { describe, expect, it } from 'vitest';
import { open, product, seriousViolations, useBrowser } from './cart-support';
import {
  brandName,
  facetCount,
  facetValue,
  resultNames,
  resultPaths,
  resultPrices,
  searchFor,
  summary,
} from './search-support';

const browser = useBrowser();
const mug = product('/speckled-stoneware-mug/');

describe('the search page', () => {
  it('finds a product by its name, its brand and a word of its description', async () => {
    const page = browser.page();
    expect(mug.description).toContain('thumb');
    for (const query of [mug.name, brandName(mug.brandId), 'thumb']) {
      await searchFor(page, `?q=${encodeURIComponent(query)}`);
      expect(await resultNames(page), query).toContain(mug.name);
    }
    await searchFor(page, `?q=${encodeURIComponent(mug.name)}`);
    expect((await resultNames(page))[0]).toBe(mug.name);
  });

  it('narrows by brand, the facet’s count agreeing with the results and the announcement', async () => {
    const page = browser.page();
    await searchFor(page, '?q=mug');
    const before = (await resultNames(page)).length;
    const brand = brandName(mug.brandId);
    const count = await facetCount(page, 'Brand', brand);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(before);
    await facetValue(page, 'Brand', brand).check();
    await expect.poll(() => summary(page)).toBe(`${count} ${count === 1 ? 'result' : 'results'} for “mug”`);
    expect(await resultNames(page)).toHaveLength(count);
    const brands = await page.locator('.result-grid .result-card__brand').allInnerTexts();
    expect(new Set(brands)).toEqual(new Set([brand]));
    // The chosen brand's facet still offers the others, to widen the search again.
    expect(await page.getByRole('group', { name: 'Brand' }).getByRole('checkbox').count()).toBeGreaterThan(1);
  });

  it('sorts by price both ways', async () => {
    const page = browser.page();
    await searchFor(page, '?q=stoneware');
    const prices = await resultPrices(page);
    expect(prices.length).toBeGreaterThan(2);
    const rising = [...prices].sort((a, b) => a - b);
    expect(prices).not.toEqual(rising);
    const sort = page.getByRole('combobox', { name: 'Sort by' });
    await sort.selectOption({ label: 'Price: low to high' });
    await expect.poll(() => resultPrices(page)).toEqual(rising);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('price-asc');
    await sort.selectOption({ label: 'Price: high to low' });
    await expect.poll(() => resultPrices(page)).toEqual([...rising].reverse());
  });

  it('shows the query, suggestions and the top categories when nothing matches', async () => {
    const page = browser.page();
    await searchFor(page, '?q=zqxjvkw');
    const empty = page.getByRole('region', { name: 'No results for “zqxjvkw”' });
    expect(await empty.innerText()).toMatch(/spelling/i);
    const kitchen = empty.getByRole('link', { name: 'Kitchen' });
    expect(await kitchen.getAttribute('href')).toBe('/kitchen/');
    expect(await resultNames(page)).toEqual([]);
  });

  it('keeps the query, filters and sort in the URL through a reload and Back', async () => {
    const page = browser.page();
    await searchFor(page, '?q=mug');
    const brand = brandName(mug.brandId);
    const count = await facetCount(page, 'Brand', brand);
    // Keyboard only: Space ticks the box.
    await facetValue(page, 'Brand', brand).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => summary(page)).toMatch(new RegExp(`^${count} results?`));
    expect(new URL(page.url()).searchParams.get('brand')).toBe(brand);
    const byName = (await resultNames(page)).sort((a, b) => a.localeCompare(b));
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('name-asc');
    await expect.poll(() => resultNames(page)).toEqual(byName);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('name-asc');
    const filtered = byName;

    await page.reload();
    await expect.poll(() => resultNames(page)).toEqual(filtered);
    expect(await page.getByRole('searchbox', { name: 'What are you looking for?' }).inputValue()).toBe('mug');
    expect(await facetValue(page, 'Brand', brand).isChecked()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Sort by' }).inputValue()).toBe('name-asc');

    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBeNull();
    expect(new URL(page.url()).searchParams.get('brand')).toBe(brand);
    await expect.poll(() => page.getByRole('combobox', { name: 'Sort by' }).inputValue()).toBe('relevance');
    await page.goBack();
    await expect.poll(() => facetValue(page, 'Brand', brand).isChecked()).toBe(false);
    await expect.poll(async () => (await resultNames(page)).length).toBeGreaterThan(filtered.length);
  });

  it('searches as the shopper types, and Back returns to the search before', async () => {
    const page = browser.page();
    await searchFor(page, '?q=mug');
    const box = page.getByRole('searchbox', { name: 'What are you looking for?' });
    await box.fill('teapot');
    await expect.poll(() => summary(page)).toMatch(/for “teapot”/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('teapot');
    await page.goBack();
    await expect.poll(() => box.inputValue()).toBe('mug');
    await expect.poll(() => summary(page)).toMatch(/for “mug”/);
  });

  it('finds blog posts and pages beside products, and filters them apart by type', async () => {
    const page = browser.page();
    await searchFor(page, '?q=linen');
    expect(await resultNames(page)).toContain('How to care for linen');
    const post = page.locator('.result-card', { hasText: 'How to care for linen' });
    await expect.poll(() => post.locator('.result-card__brand').innerText()).toBe('Blog post');
    expect(await post.getByRole('link').getAttribute('href')).toBe('/blog/linen-care/');
    const posts = await facetCount(page, 'Type', 'Blog posts');
    expect(posts).toBeGreaterThan(0);
    expect(posts).toBeLessThan((await resultNames(page)).length);
    await facetValue(page, 'Type', 'Blog posts').check();
    await expect.poll(async () => (await resultNames(page)).length).toBe(posts);
    const labels = await page.locator('.result-grid .result-card__brand').allInnerTexts();
    expect(new Set(labels)).toEqual(new Set(['Blog post']));
    await searchFor(page, '?q=shipping');
    expect(await resultPaths(page)).toContain('/shipping/');
  });

  it('has no serious axe violations, with results or without', async () => {
    const page = browser.page();
    await searchFor(page, '?q=mug');
    expect(await seriousViolations(page)).toEqual([]);
    await searchFor(page, '?q=zqxjvkw');
    expect(await seriousViolations(page)).toEqual([]);
    await open(page, '/search/');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
