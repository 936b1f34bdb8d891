import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { BUDGET_KB, measureSite, type PageJs } from '../../scripts/bench-js';

const site = inject('site');
let pages = new Map<string, PageJs | undefined>();

beforeAll(() => {
  pages = new Map(measureSite(site.distDir).map(({ type, js }) => [type, js]));
});

describe('the JavaScript the built pages load', () => {
  it('stays within the product page’s budget, Preact, nanostores and every island included', () => {
    expect(pages.get('product')!.initial).toBeLessThanOrEqual(BUDGET_KB * 1024);
  });

  it('is only the cart button’s on a page without the add-to-cart island', () => {
    const home = pages.get('home')!;
    expect(home.modules.some((module) => module.includes('AddToCart'))).toBe(false);
    expect(home.initial).toBeLessThan(pages.get('product')!.initial);
  });

  it('carries GraphQL documents without their indentation', async () => {
    const product = pages.get('product')!;
    const code = await Promise.all(
      product.modules.map((module) => readFile(path.join(site.distDir, module), 'utf8')),
    );
    expect(code.join('\n')).toContain('query GetLiveProductQuery($entityId:Int!$after:String){site{');
    for (const text of code) expect(text).not.toMatch(/\s{2}(query|mutation|fragment) \w+/);
  });
});
