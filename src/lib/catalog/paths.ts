/** Every page path must belong to exactly one thing: two claimants of one URL fail the export. */
import {
  isLegacyFilePath,
  listingFolder,
  PathClaims,
  PathConflictError,
  pathKey,
} from '../routes/site-paths';
import { BadCatalogDataError } from './errors';
import type { Brand, Category, Product } from './schema';
import { listingPageSubject, recordSubject, type RecordKind } from './subject';

// A later page of a listing, by path key: `kitchen/page/2`.
const PAGINATION = /^(.+)\/page\/([1-9]\d*)$/;

type PathRecord = readonly [RecordKind, { id: number; name: string; path: string }];

/**
 * Throws `PathConflictError` when a product, category or brand shares a path with another one, with a
 * path the storefront reserves, or with a category's or brand's later pages (`…/page/N/`), comparing
 * paths as `pathKey` does; throws `BadCatalogDataError` for a path ending in `.html/`.
 */
export function assertUniquePaths(
  products: readonly Product[],
  categories: readonly Category[],
  brands: readonly Brand[],
): void {
  const listings: PathRecord[] = [
    ...categories.map((category) => ['category', category] as const),
    ...brands.map((brand) => ['brand', brand] as const),
  ];
  const all: PathRecord[] = [...listings, ...products.map((product) => ['product', product] as const)];
  for (const [kind, item] of all) {
    // A legacy path (`/products/a.html`) is written as that file after the build, so a folder page at
    // `/a.html/` would be mistaken for one and moved.
    if (isLegacyFilePath(item.path) && item.path.endsWith('/')) {
      throw new BadCatalogDataError(
        recordSubject(kind, item.id, item.name),
        'path',
        `${item.path} ends in ".html/"; an .html path must end there, without the final slash`,
      );
    }
  }

  const claims = new PathClaims();
  const listingOwners = new Map<string, string>();
  for (const [kind, item] of listings) {
    const owner = recordSubject(kind, item.id, item.name);
    claims.claim(item.path, owner);
    const folder = listingFolder(item.path);
    const other = listingOwners.get(pathKey(folder));
    if (other) throw new PathConflictError(`${folder}page/2/`, listingPageSubject(other, 2), owner);
    listingOwners.set(pathKey(folder), owner);
  }
  for (const product of products) {
    claims.claim(product.path, recordSubject('product', product.id, product.name));
  }

  // Checked for every page number, not just the pages a listing has today, so a growing listing
  // never runs into a product's path.
  for (const [key, { path, owner }] of claims.entries()) {
    const match = PAGINATION.exec(key);
    const listing = match && Number(match[2]) >= 2 ? listingOwners.get(match[1]) : undefined;
    if (listing) throw new PathConflictError(path, listingPageSubject(listing, Number(match![2])), owner);
  }
}
