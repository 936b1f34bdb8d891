/** robots.txt: everything may be crawled; the sitemap is announced at its absolute URL. */

/** The robots.txt body for a site; without a site URL the sitemap line is left out. */
export function robotsTxt(site: URL | string | undefined): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${new URL('/sitemap-index.xml', site).href}`);
  return `${lines.join('\n')}\n`;
}
