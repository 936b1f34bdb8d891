/**
 * Reads the catalog and store settings, once per build: categories, brands and settings from Astro's
 * content collections, the products from the snapshot file the `products` collection names.
 */
import { getCollection, getEntry } from 'astro:content';
import { PRODUCT_SNAPSHOT_ENTRY_ID, SETTINGS_ENTRY_ID } from '../catalog/collections';
import { readProductSnapshot } from '../catalog/product-snapshot-file';
import type { Brand, Category, Settings } from '../catalog/schema';
import type { SiteWideInputs } from './cache-keys';
import type { CatalogIndex } from './catalog-index';
import { indexCatalog } from './catalog-index';
import type { MenuItem } from './menu';
import { buildMenu } from './menu';

/** What every page's header and footer need. */
export interface SiteChrome {
  settings: Settings;
  menu: MenuItem[];
  brandCount: number;
}

let catalog: Promise<CatalogIndex> | undefined;
let settings: Promise<Settings> | undefined;
let chrome: Promise<SiteChrome> | undefined;

// A static build renders thousands of pages in one process: sharing one load keeps that linear.
// The dev server keeps modules alive across content changes, so it reloads every time.
const cached = <T>(current: Promise<T> | undefined, load: () => Promise<T>): Promise<T> =>
  import.meta.env.DEV ? load() : (current ?? load());

/** The whole catalog, indexed. */
export function loadCatalog(): Promise<CatalogIndex> {
  catalog = cached(catalog, async () => {
    const [snapshot, categories, brands] = await Promise.all([
      getEntry('products', PRODUCT_SNAPSHOT_ENTRY_ID),
      getCollection('categories'),
      getCollection('brands'),
    ]);
    return indexCatalog({
      // Checked there: Astro does not parse entries a loader stores without `parseData`.
      products: readProductSnapshot(process.env, snapshot?.data),
      categories: categories.map((entry): Category => entry.data),
      brands: brands.map((entry): Brand => entry.data),
    });
  });
  return catalog;
}

/** The store's settings; the build fails when they were not exported. */
export function loadSettings(): Promise<Settings> {
  settings = cached(settings, async () => {
    const entry = await getEntry('settings', SETTINGS_ENTRY_ID);
    if (!entry) {
      throw new Error(
        `The "settings" collection has no "${SETTINGS_ENTRY_ID}" entry: the catalog export wrote none.`,
      );
    }
    return entry.data;
  });
  return settings;
}

/** Settings and the category menu, for the layout. */
export function loadSiteChrome(): Promise<SiteChrome> {
  chrome = cached(chrome, async () => {
    const [storeSettings, index] = await Promise.all([loadSettings(), loadCatalog()]);
    return { settings: storeSettings, menu: buildMenu(index), brandCount: index.brands.length };
  });
  return chrome;
}

/**
 * Everything from the catalog and content that every page shows, by name, for the pages' cache keys.
 * A new site-wide source (announcements, navigation, …) joins as one more entry here.
 */
export async function loadSiteWide(): Promise<SiteWideInputs> {
  const { settings, ...chrome } = await loadSiteChrome();
  // Only the home page shows the featured and newest lists, and it has no cache key (Astro renders it
  // every build): keeping them out spares every page a render when a new product becomes the newest.
  const shown: Partial<Settings> = { ...settings };
  delete shown.featuredIds;
  delete shown.newestIds;
  return { settings: shown, ...chrome };
}
