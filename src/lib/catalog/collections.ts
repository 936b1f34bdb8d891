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
