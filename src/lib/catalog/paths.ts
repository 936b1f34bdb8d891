/** Every page path must belong to exactly one thing: two claimants of one URL fail the build. */
import { BadCatalogDataError } from './errors';
import type { Brand, Category, Product } from './schema';

/** Paths the storefront itself serves. */
export const RESERVED_PATHS = ['/', '/cart/', '/search/', '/brands/', '/404/'] as const;

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

const describe = (kind: string, item: { id: number; name: string }) =>
  `${kind} ${item.id} ${JSON.stringify(item.name)}`;

// Category and brand listings page at `{folder}page/{n}/` from page 2 on.
const PAGINATION = /^(.*\/)page\/([1-9]\d*)\/$/;

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

/**
 * Throws `PathConflictError` when a product, category or brand shares a path with another one, with a
 * page the storefront reserves, or with a category's or brand's pagination pages, and
 * `BadCatalogDataError` for a path ending in `.html/`. Paths are compared
 * case-insensitively, since such pairs would overwrite each other on case-insensitive file systems.
 */
export function assertUniquePaths(
  products: readonly Product[],
  categories: readonly Category[],
  brands: readonly Brand[],
): void {
  const all = [
    ...products.map((product) => ['product', product] as const),
    ...categories.map((category) => ['category', category] as const),
    ...brands.map((brand) => ['brand', brand] as const),
  ];
  for (const [kind, item] of all) {
    // A legacy path (`/products/a.html`) is written as that file after the build, so a folder page at
    // `/a.html/` would be mistaken for one and moved.
    if (isLegacyFilePath(item.path) && item.path.endsWith('/')) {
      throw new BadCatalogDataError(
        describe(kind, item),
        'path',
        `${item.path} ends in ".html/"; an .html path must end there, without the final slash`,
      );
    }
  }
  const owners = new Map<string, string>();
  for (const path of RESERVED_PATHS) owners.set(path, `the storefront's own page`);
  const listings = new Map<string, string>();
  const listing = (path: string, owner: string) => {
    const folder = listingFolder(path).toLowerCase();
    const existing = listings.get(folder);
    if (existing) throw new PathConflictError(`${listingFolder(path)}page/2/`, `${existing}'s page 2`, owner);
    listings.set(folder, owner);
  };
  const claim = (path: string, owner: string) => {
    const key = path.toLowerCase();
    const existing = owners.get(key);
    if (existing) throw new PathConflictError(path, existing, owner);
    owners.set(key, owner);
  };
  for (const category of categories) {
    claim(category.path, describe('category', category));
    listing(category.path, describe('category', category));
  }
  for (const brand of brands) {
    claim(brand.path, describe('brand', brand));
    listing(brand.path, describe('brand', brand));
  }
  for (const product of products) claim(product.path, describe('product', product));

  for (const [path, owner] of owners) {
    const match = PAGINATION.exec(path);
    const listing = match && Number(match[2]) >= 2 ? listings.get(match[1]) : undefined;
    if (listing) throw new PathConflictError(path, `${listing}'s page ${match![2]}`, owner);
  }
}
