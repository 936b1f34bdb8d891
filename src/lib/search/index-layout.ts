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
 * Pagefind's `maxFragments` for each bundle: past this many records, it writes their result data
 * (fragments) several to a file, so a bundle's folder of fragments never holds more files than this.
 */
export const MAX_FRAGMENT_FILES = 10_000;

/**
 * Records per bundle of the index: a catalog larger than this is split into bundles of at most about
 * this many, each its own Pagefind index, so that no folder nears Netlify's limit and a rebuild can
 * re-index only the bundles whose records changed. The browser searches them all as one.
 */
export const RECORDS_PER_BUNDLE = 25_000;

/** The index's list of its bundles, which the browser reads before it searches. */
export const BUNDLE_MANIFEST_PATH = `${SEARCH_BUNDLE_PATH}bundles.json`;

/** How many bundles hold `records` records, `perBundle` at most each (about: a hash spreads them). */
export function bundleCount(records: number, perBundle: number = RECORDS_PER_BUNDLE): number {
  return Math.max(1, Math.ceil(records / perBundle));
}

const NESTED_BUNDLE_PREFIX = 'bundle-';
const NESTED_BUNDLE_FOLDER = new RegExp(`^${NESTED_BUNDLE_PREFIX}[1-9]\\d*$`);

/** Where bundle `index` is served: the first at the index's own path, the others in folders below it. */
export function bundlePath(index: number): string {
  return index === 0 ? SEARCH_BUNDLE_PATH : `${SEARCH_BUNDLE_PATH}${NESTED_BUNDLE_PREFIX}${index}/`;
}

/** Whether `name`, a folder inside the first bundle's, is another bundle's (`bundlePath`). */
export const isNestedBundleFolder = (name: string): boolean => NESTED_BUNDLE_FOLDER.test(name);

/**
 * The bundle of the record at `url`, of `count`: a hash of the URL (FNV-1a), so a record stays in its
 * bundle from build to build while the count does not change.
 */
export function bundleOf(url: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) hash = Math.imul(hash ^ url.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % count;
}

/** Products per rendered file of records: small enough to parse at once at any catalog size. */
export const RECORDS_PER_FILE = 2_000;

/** The route that renders the records, inside the index's own folder, which no catalog path may take. */
export const RECORDS_ROUTE = `${SEARCH_BUNDLE_PATH}records/[file].json`;

/** How many files of records a catalog of `products` products renders: at least one, maybe empty. */
export function recordFileCount(products: number): number {
  return Math.max(1, Math.ceil(products / RECORDS_PER_FILE));
}
