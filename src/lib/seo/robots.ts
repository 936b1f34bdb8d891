/** robots.txt, the sitemap's address, and which of the site's pages stay out of search indexes. */
import { SEARCH_PAGE_PATH } from '../search/contract';

/** Where the sitemap integration writes the sitemap index. */
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';

// Pages a shopper needs but a search result never should: they carry `noindex` and stay out of the sitemap.
const UNINDEXED_PATHS: ReadonlySet<string> = new Set(['/cart/', SEARCH_PAGE_PATH]);

/** True when a page at this path may be indexed and listed in the sitemap. */
export function isIndexable(path: string): boolean {
  return !UNINDEXED_PATHS.has(path);
}

/** The robots.txt body for a site; without a site URL the sitemap line is left out. */
export function robotsTxt(site: URL | string | undefined): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${new URL(SITEMAP_INDEX_PATH, site).href}`);
  return `${lines.join('\n')}\n`;
}
