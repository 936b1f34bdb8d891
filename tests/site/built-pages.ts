/** Reading the built sample site as a shopper meets it: pages by URL path, their text, cards and links. */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { StoreData } from '../../local-store/data/types';
import { isLegacyFilePath } from '../../src/lib/routes/site-paths';

/** Where a static host finds the page for a URL path: `a/b/index.html`, or the file of a legacy `.html` path. */
export const pageFile = (urlPath: string) =>
  (isLegacyFilePath(urlPath) ? urlPath : path.join(urlPath, 'index.html')).replace(/^\//, '');

/** Every built HTML file by its path under the output folder, but the editors' admin UI (`admin/`). */
export async function readPages(distDir: string): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  for (const file of await readdir(distDir, { recursive: true })) {
    if (file.endsWith('.html') && !file.startsWith('admin/'))
      pages.set(file, await readFile(path.join(distDir, file), 'utf8'));
  }
  return pages;
}

/** The JSON-LD items of a page. */
export function jsonLdOf(html: string): Record<string, unknown>[] {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  return blocks.flatMap((block) => [JSON.parse(block[1])].flat());
}

/** Text as the merchant wrote it, escaped as it appears in HTML. */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The text a shopper reads in a piece of HTML: no tags, scripts or styles, whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The page's main heading, as text. */
export const headingOf = (html: string) => textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');

/** The product paths a listing page's cards link to, in order. */
export const cardLinks = (html: string) =>
  [...html.matchAll(/class="card__name"[^>]*>\s*<a href="([^"]+)"/g)].map((match) => match[1]);

/** The path a page's `rel` link ("next", "prev") points to. */
export const relLink = (html: string, rel: 'next' | 'prev') =>
  new RegExp(`<a [^>]*href="([^"]+)" rel="${rel}"`).exec(html)?.[1];

/** Every page of a listing, following its "next" links from the first. */
export function listingPagesOf(
  pageAt: (urlPath: string) => string | undefined,
  firstPath: string,
): { path: string; html: string }[] {
  const found: { path: string; html: string }[] = [];
  for (let at: string | undefined = firstPath; at;) {
    const html = pageAt(at);
    if (!html) throw new Error(`no page at ${at}`);
    found.push({ path: at, html });
    at = relLink(html, 'next');
  }
  return found;
}

/** A listing's subcategory links with the count each shows (0 when it shows none). */
export function subcategoryCounts(html: string): Map<string, number> {
  const nav = /<nav class="listing__subcategories"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
  const links = [...nav.matchAll(/<a href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)];
  return new Map(
    links.map(([, href, inner]) => [href, Number(/listing__count[^>]*>(\d+)/.exec(inner)?.[1] ?? 0)]),
  );
}

/** The ids of a category and every category below it in the sample data. */
export function subtreeIds(store: StoreData, rootId: number): Set<number> {
  const ids = new Set([rootId]);
  for (let grown = true; grown;) {
    grown = false;
    for (const category of store.categories) {
      if (category.parentId !== null && ids.has(category.parentId) && !ids.has(category.entityId)) {
        ids.add(category.entityId);
        grown = true;
      }
    }
  }
  return ids;
}
