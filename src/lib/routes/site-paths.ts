/**
 * The paths the storefront claims for itself, and the one rule for when two paths are the same page.
 * The catalog export (`catalog/paths.ts`) and the route table both check every claim here.
 */

import { SEARCH_BUNDLE_PATH, SEARCH_PAGE_PATH } from '../search/contract';

/** Path of the brands index. */
export const BRANDS_PATH = '/brands/';

/** How a reserved entry claims: `page` its own path only, `prefix` every path beginning with its text. */
export type ClaimKind = 'page' | 'prefix';

/** A path the storefront serves itself (or a planned feature will), and who owns it. */
export interface ReservedPath {
  path: string;
  owner: string;
  claims: ClaimKind;
}

/**
 * The site's own paths; a new feature adds its entry here. A `prefix` ending in `/` claims that
 * folder and everything below it; `/sitemap` claims `/sitemap-index.xml`, `/sitemap-0.xml` and so on.
 * `/brands/` claims only its page, since brand pages sit below it; the blog owns all of `/blog/`.
 */
export const RESERVED_PATHS: readonly ReservedPath[] = [
  { path: '/', owner: 'the home page', claims: 'page' },
  { path: BRANDS_PATH, owner: 'the brands index', claims: 'page' },
  { path: '/cart/', owner: 'the cart page', claims: 'page' },
  { path: SEARCH_PAGE_PATH, owner: 'the search page', claims: 'page' },
  { path: '/404/', owner: 'the not-found page', claims: 'page' },
  { path: '/404.html', owner: 'the not-found page', claims: 'page' },
  { path: '/robots.txt', owner: 'the robots.txt file', claims: 'page' },
  { path: '/sitemap', owner: 'the sitemap', claims: 'prefix' },
  { path: '/blog/', owner: 'the blog', claims: 'prefix' },
  { path: '/admin/', owner: 'the admin area', claims: 'prefix' },
  { path: '/api/', owner: 'the API', claims: 'prefix' },
  { path: SEARCH_BUNDLE_PATH, owner: 'the search index', claims: 'prefix' },
  { path: '/_astro/', owner: "the site's scripts and styles", claims: 'prefix' },
];

function decoded(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** The catch-all route's `path` param for a page path: no outer slashes, percent-decoded. */
export function routeParam(path: string): string {
  return decoded(path.replace(/^\/+|\/+$/g, ''));
}

/**
 * The form in which two paths are compared: the route param, NFC-normalised and in lower case. Two
 * paths with one key would be written to one file, after decoding or on a case-insensitive file
 * system: `/Café/`, `/caf%C3%A9/` and `/cafe\u0301` are one page.
 */
export function pathKey(path: string): string {
  return routeParam(path).normalize('NFC').toLowerCase();
}

// A prefix keeps its trailing slash, so `/api/` claims `/api/x/` but not `/apiary/`.
const prefixKey = (prefix: string) => decoded(prefix.replace(/^\/+/, '')).normalize('NFC').toLowerCase();

const reserved = RESERVED_PATHS.map((entry) => ({
  entry,
  key: entry.claims === 'page' ? pathKey(entry.path) : prefixKey(entry.path),
}));

/** The reserved entry that claims `path`, if one does. */
export function reservedEntry(path: string): ReservedPath | undefined {
  const key = pathKey(path);
  return reserved.find((each) =>
    each.entry.claims === 'page' ? each.key === key : `${key}/`.startsWith(each.key),
  )?.entry;
}

const describeReserved = (entry: ReservedPath) =>
  entry.claims === 'page' ? entry.owner : `${entry.owner} (every path beginning ${entry.path})`;

/** Two things claim one path; the message names both. */
export class PathConflictError extends Error {
  constructor(
    readonly path: string,
    readonly first: string,
    readonly second: string,
  ) {
    super(`Path ${path} is claimed by ${first} and ${second}`);
    this.name = 'PathConflictError';
  }
}

/** One claim: the path as its owner wrote it. */
export interface PathClaim {
  path: string;
  owner: string;
}

/** The paths claimed so far, the site's own included; a second claimant of one path is refused. */
export class PathClaims {
  private readonly claims = new Map<string, PathClaim>();

  /** Records `owner` at `path`; throws `PathConflictError` if the site or an earlier claim holds it. */
  claim(path: string, owner: string): void {
    const site = reservedEntry(path);
    if (site) throw new PathConflictError(path, describeReserved(site), owner);
    const key = pathKey(path);
    const earlier = this.claims.get(key);
    if (earlier) {
      const first = earlier.path === path ? earlier.owner : `${earlier.owner} (as ${earlier.path})`;
      throw new PathConflictError(path, first, owner);
    }
    this.claims.set(key, { path, owner });
  }

  /** Every claim in the order made, by `pathKey`. */
  entries(): IterableIterator<[string, PathClaim]> {
    return this.claims.entries();
  }
}

/**
 * True for a path on BigCommerce's legacy file format, `/products/name.html`, whose page is written as
 * that file. A trailing slash (as Astro gives every page's pathname) is allowed.
 */
export const isLegacyFilePath = (path: string) => /\.html\/?$/i.test(path);

/**
 * The folder a listing's later pages sit under: its path, or `/brands/oak/` for a listing on the legacy
 * `/brands/oak.html` format, whose first page is a file and cannot have a folder of the same name.
 */
export function listingFolder(path: string): string {
  return isLegacyFilePath(path) ? path.replace(/\.html$/i, '/') : path;
}
