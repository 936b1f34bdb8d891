/**
 * The response headers of the deployed site, path by path, in Netlify's `_headers` terms. The only
 * place caching and security headers are decided: the build writes them to `dist/_headers`.
 */
import { cmsPolicy, documentPolicy, searchWorkerPolicy, type StoreOrigins } from './csp';
import type { HeaderRule } from './netlify-headers-file';

/** For files whose name changes with their content (`/_astro/*`): a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * For everything else: a browser asks again every time (the CDN answers 304 until a deploy).
 * Netlify sends this on every file no rule gives a Cache-Control, HTML pages included.
 */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Where Decap CMS is served; its page is a plain file under public/, not an Astro page. */
export const CMS_PATH = '/admin/';

/** Sent with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** What the rules need to know about one build. */
export interface SiteHeaderInput {
  origins: StoreOrigins;
  /** The sitemap files the build wrote, e.g. `sitemap-index.xml`, `sitemap-0.xml`. */
  sitemapFiles: readonly string[];
}

/**
 * The rules. Netlify applies every rule whose path matches, so no header is set by two rules that
 * can match one path, with one exception made safe on purpose: /admin/* and /pagefind/* get the
 * site-wide policy and their own, and each of theirs repeats the site-wide one, so the result is
 * the same whether Netlify sends both (the browser enforces each) or lets the later one win.
 */
export function siteHeaderRules({ origins, sitemapFiles }: SiteHeaderInput): HeaderRule[] {
  return [
    { path: '/*', headers: { ...SECURITY_HEADERS, 'Content-Security-Policy': documentPolicy() } },
    // Decap's bundle has no hash in its name, so the browser must ask again after a deploy.
    {
      path: `${CMS_PATH}*`,
      headers: { 'Content-Security-Policy': cmsPolicy(origins), 'Cache-Control': REVALIDATE },
    },
    { path: `${CMS_PATH}config.yml`, headers: { 'Content-Type': 'text/yaml; charset=utf-8' } },
    { path: '/_astro/*', headers: { 'Cache-Control': IMMUTABLE } },
    // Pagefind's file names are stable across builds, so the browser must ask again.
    {
      path: '/pagefind/*',
      headers: { 'Cache-Control': REVALIDATE, 'Content-Security-Policy': searchWorkerPolicy() },
    },
    ...[...sitemapFiles].sort().map((file) => ({
      path: `/${file}`,
      headers: { 'Cache-Control': REVALIDATE },
    })),
  ];
}
