/**
 * How the build lays out the search index: where the records it indexes are rendered, and the limits
 * that keep every folder of the index deployable. Pure; shared by the index integration and its bench.
 */
import { SEARCH_BUNDLE_PATH } from './contract';

/**
 * Netlify refuses a deploy with more than 54,000 files in one folder; the index, and the bench that
 * checks the whole site, keep every folder under this.
 */
export const DIRECTORY_FILE_LIMIT = 50_000;

/**
 * Pagefind's `maxFragments`: past this many records, it writes their result data (fragments) several
 * to a file, so its one folder of fragments never holds more files than this, however large the
 * catalog. A result's data then costs about (records ÷ this) fragments: 10 at 100,000 products.
 */
export const MAX_FRAGMENT_FILES = 10_000;

/** Products per rendered file of records: small enough to parse at once at any catalog size. */
export const RECORDS_PER_FILE = 2_000;

/** The route that renders the records, inside the index's own folder, which no catalog path may take. */
export const RECORDS_ROUTE = `${SEARCH_BUNDLE_PATH}records/[file].json`;

/** How many files of records a catalog of `products` products renders: at least one, maybe empty. */
export function recordFileCount(products: number): number {
  return Math.max(1, Math.ceil(products / RECORDS_PER_FILE));
}
