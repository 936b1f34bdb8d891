/** Shared steps of the search tests: the search page's parts, results as a shopper reads them. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { catalog, open } from './cart-support';

/** The result cards' links, by name, in order. */
export const resultNames = (page: Page) => page.locator('.result-grid .result-card__name a').allInnerTexts();

/** The result cards' page paths, in order. */
export const resultPaths = (page: Page) =>
  page
    .locator('.result-grid .result-card__name a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));

/** The result cards' prices as numbers ("From $12.00" is 12), leaving out "Price on request". */
export async function resultPrices(page: Page): Promise<number[]> {
  const texts = await page.locator('.result-grid .result-card__price').allInnerTexts();
  return texts
    .map((text) => Number(/[\d,]+(\.\d+)?/.exec(text)?.[0].replaceAll(',', '')))
    .filter(Number.isFinite);
}

/** The announced summary ("12 results for “mug”"). */
export const summary = (page: Page, scope = 'main') =>
  page.locator(scope).getByRole('status').first().innerText();

/** The search page for `search` (a query string), once its results are in. */
export async function searchFor(page: Page, search: string): Promise<void> {
  await open(page, `/search/${search}`);
  await expect.poll(() => summary(page)).toMatch(/results? for|No results/);
}

/** A facet's checkbox, by facet heading and value. */
export const facetValue = (page: Page, facet: string, value: string) =>
  page
    .getByRole('group', { name: facet })
    .getByRole('checkbox', { name: new RegExp(`^${escape(value)}\\s*,`) });

/** The count a facet value shows. */
export async function facetCount(page: Page, facet: string, value: string): Promise<number> {
  const label = await facetValue(page, facet, value).getAttribute('id');
  const text = await page.locator(`label[for="${label}"] .facet__count [aria-hidden]`).innerText();
  return Number(text);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The paths of the sample products in a category's subtree. */
export function productsInCategory(path: string): Set<string> {
  const root = catalog.categories.find((category) => category.path === path)!;
  const inTree = new Set([root.entityId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const category of catalog.categories) {
      if (category.parentId !== null && inTree.has(category.parentId) && !inTree.has(category.entityId)) {
        inTree.add(category.entityId);
        grew = true;
      }
    }
  }
  return new Set(
    catalog.products
      .filter((product) => product.isVisible && product.categoryIds.some((id) => inTree.has(id)))
      .map((product) => product.path),
  );
}

/** A sample brand's name by id. */
export const brandName = (id: number | null) =>
  catalog.brands.find((brand) => brand.entityId === id)?.name ?? '';
