/**
 * Times searches of a built site in headless Chromium, each in a fresh context so the cache is cold:
 * the bytes a search fetches and the milliseconds until its first result shows, and the longest
 * main-thread task while a shopper types. I/O: it drives a browser against a served `dist/`.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { SEARCH_BUNDLE_PATH, SEARCH_PAGE_PATH } from '../../src/lib/search/contract';
import { launchChromium } from '../../tests/support/chromium';
import type { BenchQuery } from './search-queries';

/** What one cold search cost. */
export interface QueryTiming extends BenchQuery {
  /** From navigation start to the first result card in the page. */
  firstResultMs: number;
  /** From the search's first request for Pagefind to the first result card: the search itself, cold. */
  searchMs: number;
  /** Bytes of the index and Pagefind itself fetched before the first result showed; text counted gzipped, as a CDN sends it (index files are gzipped already). */
  firstResultBytes: number;
  /** The same, until the page was idle: the facets' filter index and more results' records too. */
  indexBytes: number;
  /** Files fetched from the index. */
  indexFiles: number;
  /** Bytes of the whole page load, counted the same way. */
  pageBytes: number;
  results: string;
}

const RESULT = '.result-grid .result-card';
const TEXT = /javascript|json|css|html|svg|xml/;

// Records the moment the first result card appears, before any of the page's scripts run.
const WATCH_FIRST_RESULT = `(() => {
  const seen = () => document.querySelector(${JSON.stringify(RESULT)});
  new MutationObserver((_, observer) => {
    if (!seen()) return;
    window.__firstResultAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
})()`;

interface Fetched {
  index: number;
  indexFiles: number;
  page: number;
  /** Index bytes whose response had ended by then. */
  indexBefore(epochMs: number): number;
}

interface Received {
  index: boolean;
  sent: number;
  /** When the response ended, in ms since the epoch. */
  endedAt: number;
}

async function countBytes(page: Page): Promise<() => Promise<Fetched>> {
  const pending: Promise<Received>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const timing = request.timing();
        const response = await request.response();
        const body = await response!.body();
        const type = response!.headers()['content-type'] ?? '';
        const index = new URL(request.url()).pathname.startsWith(SEARCH_BUNDLE_PATH);
        const sent = TEXT.test(type) ? gzipSync(body).length : body.length;
        return { index, sent, endedAt: timing.startTime + timing.responseEnd };
      })().catch(() => ({ index: false, sent: 0, endedAt: Infinity })),
    );
  });
  return async () => {
    const received = await Promise.all(pending);
    const index = received.filter((each) => each.index);
    const sum = (list: Received[]) => list.reduce((total, each) => total + each.sent, 0);
    return {
      index: sum(index),
      indexFiles: index.length,
      page: sum(received),
      indexBefore: (epochMs) => sum(index.filter((each) => each.endedAt <= epochMs)),
    };
  };
}

async function coldQuery(browser: Browser, origin: string, query: BenchQuery): Promise<QueryTiming> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH_FIRST_RESULT);
    const bytes = await countBytes(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${origin}${SEARCH_PAGE_PATH}?q=${encodeURIComponent(query.query)}`);
    await page
      .locator(RESULT)
      .first()
      .waitFor({ timeout: 60_000 })
      .catch(async () => {
        const status = await page
          .getByRole('status')
          .first()
          .innerText()
          .catch(() => '');
        throw new Error(
          `no result for "${query.query}" within 60 s; the page says "${status}"; errors: ${errors.join(' | ') || 'none'}`,
        );
      });
    const [firstResultMs, searchStartMs, timeOrigin] = await page.evaluate((bundle) => {
      const pagefind = performance
        .getEntriesByType('resource')
        .find((entry) => new URL(entry.name).pathname === `${bundle}pagefind.js`);
      const firstAt = (window as { __firstResultAt?: number }).__firstResultAt ?? NaN;
      return [firstAt, pagefind?.startTime ?? NaN, performance.timeOrigin];
    }, SEARCH_BUNDLE_PATH);
    const results = await page.getByRole('status').first().innerText();
    await page.waitForLoadState('networkidle');
    const fetched = await bytes();
    return {
      ...query,
      firstResultMs,
      searchMs: firstResultMs - searchStartMs,
      firstResultBytes: fetched.indexBefore(timeOrigin + firstResultMs),
      indexBytes: fetched.index,
      indexFiles: fetched.indexFiles,
      pageBytes: fetched.page,
      results,
    };
  } finally {
    await context.close();
  }
}

/**
 * Types `word` into the search page's box a key at a time, as a shopper does, and answers the longest
 * main-thread task (ms) seen meanwhile, 0 when none reached Chromium's 50 ms long-task threshold.
 */
async function longestTaskWhileTyping(browser: Browser, origin: string, word: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}${SEARCH_PAGE_PATH}`);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      const tasks: number[] = ((window as { __longTasks?: number[] }).__longTasks = []);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    const box = page.locator('#search-page-query');
    await box.focus();
    await box.pressSequentially(word, { delay: 120 });
    await page.locator(RESULT).first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const tasks = await page.evaluate(() => (window as { __longTasks?: number[] }).__longTasks ?? []);
    return Math.max(0, ...tasks);
  } finally {
    await context.close();
  }
}

/** Each query timed cold, then the longest task while typing the last (the commonest word). */
export async function timeSearches(
  origin: string,
  queries: readonly BenchQuery[],
): Promise<{ timings: QueryTiming[]; longestTaskMs: number }> {
  const browser = await launchChromium();
  try {
    const timings: QueryTiming[] = [];
    for (const query of queries) timings.push(await coldQuery(browser, origin, query));
    const longestTaskMs = await longestTaskWhileTyping(browser, origin, queries.at(-1)!.query);
    return { timings, longestTaskMs };
  } finally {
    await browser.close();
  }
}
