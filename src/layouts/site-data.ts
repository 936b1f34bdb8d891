/** The catalog and store settings from Astro's content collections, loaded once per build. */
import { getCollection, getEntry } from 'astro:content';
import type { Brand, Category, Product, Settings } from '../lib/catalog/schema';
import type { CatalogIndex } from '../lib/routes/catalog-index';
import { indexCatalog } from '../lib/routes/catalog-index';
import type { MenuItem } from '../lib/routes/menu';
import { buildMenu } from '../lib/routes/menu';

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
    const [products, categories, brands] = await Promise.all([
      getCollection('products'),
      getCollection('categories'),
      getCollection('brands'),
    ]);
    return indexCatalog({
      products: products.map((entry): Product => entry.data),
      categories: categories.map((entry): Category => entry.data),
      brands: brands.map((entry): Brand => entry.data),
    });
  });
  return catalog;
}

/** The store's settings; the build fails when they were not exported. */
export function loadSettings(): Promise<Settings> {
  settings = cached(settings, async () => {
    const entry = await getEntry('settings', 'store');
    if (!entry) {
      throw new Error('The "settings" collection has no "store" entry: the catalog export wrote none.');
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
