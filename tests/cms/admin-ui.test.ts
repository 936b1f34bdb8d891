/**
 * The admin UI under `npm run cms`, in a real browser: Decap lists the collections, and a post written
 * there is a markdown file the build accepts, which the site then shows.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { blogSchema, CONTENT_COLLECTIONS } from '../../src/lib/content/schemas';
import { launchChromium } from '../support/chromium';
import { startCms, type CmsSession } from './cms-support';

let cms: CmsSession;
let browser: Browser;
let page: Page;
const cover = path.join(os.tmpdir(), 'storefront-cms-cover.png');

// A 1×1 PNG: enough for the media library and for the build's image pipeline.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  await writeFile(cover, PNG);
  [cms, browser] = await Promise.all([startCms(), launchChromium()]);
  page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${cms.origin}/admin/`);
  await page.getByRole('button', { name: 'Login' }).click();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

describe('the admin UI under npm run cms', () => {
  it('loads from the site itself and lists every content collection', async () => {
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).hostname));
    await page.reload();
    for (const { label } of CONTENT_COLLECTIONS)
      await expect
        .poll(() => page.getByRole('link', { name: label, exact: true }).count(), { timeout: 20_000 })
        .toBeGreaterThan(0);
    expect([...origins]).toEqual(['localhost']);
  });

  it('writes a new blog post as a markdown file the blog schema accepts, and the site shows it', async () => {
    await page.goto(`${cms.origin}/admin/#/collections/blog/new`);
    await page.getByLabel('Title', { exact: true }).fill('Notes from the test kitchen');
    await page.getByLabel('Excerpt').fill('What we learned cooking with cast iron all winter.');
    await page.getByLabel('Author').fill('Sam Okafor');
    // A past date: the site shows a post only from its date on.
    await page.getByLabel('Publish date').fill('2026-01-15T09:30');
    await page.getByRole('button', { name: 'Add tags' }).click();
    await page.getByLabel('Tags', { exact: true }).fill('Cooking');
    await page.getByRole('button', { name: 'Choose an image' }).click();
    await page.locator('input[type=file]').setInputFiles(cover);
    await page.getByRole('button', { name: 'Choose selected' }).click();
    await page.getByLabel('Cover image description').fill('A skillet on a wooden table');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Preheat the pan slowly.');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('menuitem', { name: 'Publish now' }).click();

    const file = path.join(cms.root, 'src/content/blog/notes-from-the-test-kitchen.md');
    await expect.poll(() => existsSync(file), { timeout: 20_000 }).toBe(true);
    const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(await readFile(file, 'utf8'))!;
    const data = blogSchema.parse(parse(frontmatter));
    expect(data).toMatchObject({
      title: 'Notes from the test kitchen',
      author: 'Sam Okafor',
      tags: ['Cooking'],
    });
    expect(data.date.getUTCFullYear()).toBe(2026);
    expect(body.trim()).toBe('Preheat the pan slowly.');
    expect(existsSync(path.join(cms.root, 'src/content/blog', data.cover))).toBe(true);

    // The dev server's content layer picks the file up as a rebuild would, image and all.
    const post = `${cms.origin}/blog/notes-from-the-test-kitchen/`;
    const heading = async () => {
      const response = await fetch(post);
      const html = await response.text();
      return `${response.status} ${/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? html.slice(0, 300)}`;
    };
    await expect
      .poll(heading, { timeout: 60_000, message: cms.output().slice(-3000) })
      .toBe('200 Notes from the test kitchen');
  }, 120_000);
});
