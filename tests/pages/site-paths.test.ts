import { describe, expect, it } from 'vitest';
import { assertUniquePaths } from '../../src/lib/catalog/paths';
import { buildRouteTable } from '../../src/lib/routes/route-table';
import {
  PathClaims,
  PathConflictError,
  pathKey,
  RESERVED_PATHS,
  reservedEntry,
  routeParam,
} from '../../src/lib/routes/site-paths';
import { makeCategory, makeProduct } from './fixture';

const conflictOf = (claim: () => void): PathConflictError => {
  try {
    claim();
  } catch (error) {
    if (error instanceof PathConflictError) return error;
    throw error;
  }
  throw new Error('no conflict');
};

const brand = (path: string) => ({ id: 3, name: 'Oak', path, seo: { pageTitle: '', metaDescription: '' } });

describe('the site’s own paths', () => {
  it.each([
    ['/', 'the home page'],
    ['/brands/', 'the brands index'],
    ['/cart/', 'the cart page'],
    ['/search/', 'the search page'],
    ['/404/', 'the not-found page'],
    ['/404.html', 'the not-found page'],
    ['/robots.txt', 'the robots.txt file'],
  ])('claims the page %s for %s, and nothing below it', (path, owner) => {
    expect(reservedEntry(path)).toMatchObject({ owner, claims: 'page' });
    expect(reservedEntry(`${path.replace(/\/$/, '')}/oak/`)).toBeUndefined();
  });

  it.each([
    ['/blog/', '/blog/spring-planting/', 'the blog'],
    ['/admin/', '/admin/orders/12/', 'the admin area'],
    ['/api/', '/api/webhooks/', 'the API'],
    ['/pagefind/', '/pagefind/pagefind.js', 'the search index'],
    ['/_astro/', '/_astro/client.abc123.js', "the site's scripts and styles"],
  ])('claims the folder %s and everything below it, as %s', (folder, below, owner) => {
    expect(reservedEntry(folder)).toMatchObject({ owner, claims: 'prefix' });
    expect(reservedEntry(below)?.owner).toBe(owner);
    expect(reservedEntry(folder.replace(/\/$/, ''))?.owner).toBe(owner);
    // A sibling that merely starts with the same letters is not below the folder.
    expect(reservedEntry(folder.replace(/\/$/, 'ary/'))).toBeUndefined();
  });

  it('claims every sitemap file', () => {
    for (const path of ['/sitemap-index.xml', '/sitemap-0.xml', '/sitemap-12.xml', '/Sitemap.xml'])
      expect(reservedEntry(path)?.owner, path).toBe('the sitemap');
    expect(reservedEntry('/site-map-guide/')).toBeUndefined();
  });

  it('lets pages below /brands/, /cart/ and /search/ be catalog pages', () => {
    expect(() =>
      buildRouteTable({ products: [], categories: [], brands: [brand('/brands/oak/')] }),
    ).not.toThrow();
    expect(() => assertUniquePaths([makeProduct({ id: 1, path: '/cart/tote-bag/' })], [], [])).not.toThrow();
  });

  it('holds each entry once', () => {
    const keys = RESERVED_PATHS.map((entry) => `${entry.claims}:${pathKey(entry.path)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('one rule for "the same path"', () => {
  it('ignores case, percent-encoding, Unicode form and the outer slashes', () => {
    const cafe = pathKey('/Café/');
    expect(pathKey('/caf%C3%A9/')).toBe(cafe);
    expect(pathKey('/caf%c3%a9/')).toBe(cafe);
    expect(pathKey('/cafe\u0301/')).toBe(cafe);
    expect(pathKey('/CAFÉ')).toBe(cafe);
    expect(pathKey('/cafes/')).not.toBe(cafe);
  });

  it('keeps a malformed escape as written', () => {
    expect(pathKey('/100%-Cotton/')).toBe('100%-cotton');
  });

  it('gives the catch-all route its param without outer slashes, decoded', () => {
    expect(routeParam('/kitchen/pots/')).toBe('kitchen/pots');
    expect(routeParam('/caf%C3%A9/')).toBe('café');
    expect(routeParam('/100%-cotton/')).toBe('100%-cotton');
  });

  it('refuses a second claimant written another way, naming both and how each wrote it', () => {
    const claims = new PathClaims();
    claims.claim('/Caf%C3%A9/', 'product 1 "Latte bowl"');
    const conflict = conflictOf(() => claims.claim('/café/', 'category 2 "Café"'));
    expect(conflict.message).toBe(
      'Path /café/ is claimed by product 1 "Latte bowl" (as /Caf%C3%A9/) and category 2 "Café"',
    );
    expect([conflict.path, conflict.first, conflict.second]).toEqual([
      '/café/',
      'product 1 "Latte bowl" (as /Caf%C3%A9/)',
      'category 2 "Café"',
    ]);
  });

  it('names the site’s own claim, and the whole folder for a prefix', () => {
    expect(conflictOf(() => new PathClaims().claim('/Cart/', 'product 9 "Tote"')).message).toBe(
      'Path /Cart/ is claimed by the cart page and product 9 "Tote"',
    );
    expect(conflictOf(() => new PathClaims().claim('/api/orders/', 'category 4 "Orders"')).message).toBe(
      'Path /api/orders/ is claimed by the API (every path beginning /api/) and category 4 "Orders"',
    );
  });
});

describe('the export check and the route table agree', () => {
  const reservedSamples = [
    '/',
    '/brands/',
    '/cart/',
    '/search/',
    '/404/',
    '/404.html',
    '/robots.txt',
    '/sitemap-0.xml',
    '/blog/news/',
    '/admin/',
    '/api/hooks/',
    '/pagefind/',
    '/_astro/x/',
  ];

  it.each(reservedSamples)('both refuse a category at %s with the same message', (path) => {
    const category = makeCategory({ id: 5, name: 'Odd', path });
    const atExport = conflictOf(() => assertUniquePaths([], [category], []));
    const inRoutes = conflictOf(() => buildRouteTable({ products: [], categories: [category], brands: [] }));
    expect(atExport.message).toBe(inRoutes.message);
    expect(atExport.message).toMatch(new RegExp(`^Path .+ is claimed by the .+ and category 5 "Odd"$`));
  });

  it('both treat paths differing in case or encoding as one', () => {
    const products = [
      makeProduct({ id: 1, name: 'A', path: '/Mug/' }),
      makeProduct({ id: 2, name: 'B', path: '/m%75g/' }),
    ];
    const expected = 'Path /m%75g/ is claimed by product 1 "A" (as /Mug/) and product 2 "B"';
    expect(() => assertUniquePaths(products, [], [])).toThrow(expected);
    expect(() => buildRouteTable({ products, categories: [], brands: [] })).toThrow(expected);
  });
});
