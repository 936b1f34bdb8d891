/** The content collections the catalog export feeds, as the loaders write them and pages read them. */

/** The collections the catalog feeds. */
export type CatalogCollection = 'products' | 'categories' | 'brands' | 'settings';

/** Every catalog collection. */
export const CATALOG_COLLECTIONS: readonly CatalogCollection[] = [
  'products',
  'categories',
  'brands',
  'settings',
];

/** The id of the single `settings` entry. */
export const SETTINGS_ENTRY_ID = 'store';

/** The id of the single `products` entry, which names the product snapshot file (`ProductSnapshotRef`). */
export const PRODUCT_SNAPSHOT_ENTRY_ID = 'snapshot';

const padded = (n: number) => String(n).padStart(10, '0');

/**
 * A category's or brand's entry id: its place in the export (tree order, the store's brand order).
 * Ids are written to sort in catalog order, because Astro saves the data store with each collection's
 * entries sorted by id as text, and pages read them in that order: unpadded, place 1000 would come
 * before place 200.
 */
export const placedEntryId = (position: number, id: number): string => `${padded(position)}-${id}`;
