import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { open, seriousViolations, site, useBrowser } from './cart-support';

const browser = useBrowser();

// The sample overlay (sample-content/) is the fixture: the home file's hero and banners, its
// featured products by SKU and path, a post with products, and the kitchen buying guide.
const FEATURED = [
  'Cast Iron Dutch Oven',
  'Speckled Stoneware Mug',
  'Olive Wood Cutting Board',
  'Copper Pour-Over Kettle',
];

const cardNames = (page: Page, section: string) => page.locator(`${section} .card__name`).allInnerTexts();

describe('marketing content on the sample store', () => {
  it('shows the home hero, the live banner but not the expired one, and the featured products', async () => {
    const page = browser.page();
    await open(page, '/');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toBe('Slow cooking, warm tables');
    expect(await page.getByRole('link', { name: 'Shop the kitchen' }).getAttribute('href')).toBe('/kitchen/');
    const hero = page.locator('.hero__image');
    expect(await hero.getAttribute('loading')).toBe('eager');
    expect(await hero.getAttribute('srcset')).toMatch(/\s1600w/);

    const banners = page.locator('[data-banner]');
    expect(await banners.locator('h2').allInnerTexts()).toEqual(['The winter kitchen sale']);
    expect(await page.getByText('Summer garden days').count()).toBe(0);
    expect(await banners.locator('img').getAttribute('loading')).toBe('lazy');

    expect(await cardNames(page, '[data-featured-products]')).toEqual(FEATURED);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the announcement bar with its link on every page', async () => {
    const page = browser.page();
    for (const path of ['/', '/about/']) {
      await open(page, path);
      const bar = page.getByRole('complementary', { name: 'Announcements' });
      expect(await bar.innerText()).toContain('Free standard shipping on orders over $50');
      expect(await bar.getByRole('link', { name: 'See the sale' }).getAttribute('href')).toBe(
        '/kitchen/cookware/',
      );
    }
  });

  it('renders a post with its cover, byline, tags and product cards', async () => {
    const page = browser.page();
    await open(page, '/blog/cast-iron-care/');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Cast iron for life');
    expect(await page.locator('.post-meta').innerText()).toBe('By Tomás Reyes · November 28, 2026');
    const cover = page.locator('.post__cover');
    expect(await cover.getAttribute('alt')).toMatch(/cast iron pan/);
    expect(Number(await cover.getAttribute('width'))).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: 'Season it' }).count()).toBe(1);
    expect(await cardNames(page, '[data-post-products]')).toEqual([
      'Enamelled Cast Iron Skillet',
      'Cast Iron Dutch Oven',
      'Cast Iron Care Kit',
    ]);
    await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: 'Care guides' }).click();
    await page.waitForURL(`${site.origin}/blog/tags/care-guides/`);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('renders a tag page listing only its posts', async () => {
    const page = browser.page();
    await open(page, '/blog/tags/care-guides/');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Posts tagged “Care guides”');
    expect(await page.locator('.post-card__title').allInnerTexts()).toEqual([
      'Cast iron for life',
      'How to care for linen',
    ]);
  });

  it('lists every post on the blog index, newest first, with no serious axe violations', async () => {
    const page = browser.page();
    await open(page, '/blog/');
    expect(await page.locator('.post-card__title').allInnerTexts()).toEqual([
      'Cast iron for life',
      'Setting a winter table',
      'A slower morning with pour-over coffee',
      'How to care for linen',
      'A balcony garden in five pots',
    ]);
    expect(await page.locator('.post-card__cover').first().getAttribute('srcset')).toMatch(/\s960w/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'A slower morning with pour-over coffee' }).click();
    await page.waitForURL(`${site.origin}/blog/morning-pour-over/`);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('serves an RSS feed that parses and lists the posts', async () => {
    const page = browser.page();
    await page.goto(`${site.origin}/blog/`);
    const feed = await page.evaluate(async () => {
      const text = await (await fetch('/blog/rss.xml')).text();
      const xml = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: xml.querySelector('parsererror')?.textContent ?? null,
        titles: [...xml.querySelectorAll('item > title')].map((node) => node.textContent),
        links: [...xml.querySelectorAll('item > link')].map((node) => node.textContent),
      };
    });
    expect(feed.error).toBeNull();
    expect(feed.titles).toHaveLength(5);
    expect(feed.titles[0]).toBe('Cast iron for life');
    expect(feed.links[0]).toBe(`${site.origin}/blog/cast-iron-care/`);
  });

  it('shows the category buying guide below the BigCommerce description', async () => {
    const page = browser.page();
    await open(page, '/kitchen/');
    const guide = page.getByRole('region', { name: 'Buying guide — choosing cookware' });
    expect(await guide.innerText()).toContain('Cast iron holds heat like nothing else');
    const guideFollowsDescription = await page.evaluate(() => {
      const description = document.querySelector('.listing__description');
      const enrichment = document.querySelector('[data-enrichment]');
      if (!description || !enrichment) return false;
      return Boolean(description.compareDocumentPosition(enrichment) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(guideFollowsDescription).toBe(true);
    expect(await page.locator('[data-enrichment]').count()).toBe(1);
    await open(page, '/kitchen/cookware/');
    expect(await page.locator('[data-enrichment]').count()).toBe(0);
  });

  it('renders a content page with header and footer links from the navigation file', async () => {
    const page = browser.page();
    await open(page, '/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Returns' }).click();
    await page.waitForURL(`${site.origin}/returns/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Returns');
    expect(await page.locator('.prose li').count()).toBe(3);
    expect(
      await page.locator('.site-header').getByRole('link', { name: 'Journal' }).getAttribute('href'),
    ).toBe('/blog/');
  });
});
