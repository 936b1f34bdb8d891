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

const padded = (n: number) => String(n).padStart(10, '0');

/**
 * Entry ids are written to sort in catalog order, because Astro saves the data store with each
 * collection's entries sorted by id as text, and pages read them in that order: unpadded, product
 * 1000 would come before product 200. Products go by their id, the order the store lists them in.
 */
export const productEntryId = (id: number): string => padded(id);

/** A category's or brand's entry id: its place in the export (tree order, the store's brand order). */
export const placedEntryId = (position: number, id: number): string => `${padded(position)}-${id}`;
