/**
 * What the Pagefind index holds and how the browser reads it: the one agreement between the index
 * built at build time (`integrations/`, `src/lib/search/records.ts`) and the search islands. Pure.
 */

/** Where the site serves the index (Pagefind's bundle). A split index puts each bundle in a folder below. */
export const SEARCH_BUNDLE_PATH = '/pagefind/';

/** The search page; the header box submits `q` to it without JavaScript. */
export const SEARCH_PAGE_PATH = '/search/';

/** The query string parameters of the search page: the query, the sort, and one per filter. */
export const SEARCH_PARAMS = { query: 'q', sort: 'sort' } as const;

/** What kind of page a record is: the `type` filter's values. */
export type RecordType = 'product' | 'page' | 'post';

/** Each record type's name, one and many, as result cards and the type facet show it. */
export const RECORD_TYPE_NAMES: Readonly<Record<RecordType, { one: string; many: string }>> = {
  product: { one: 'Product', many: 'Products' },
  page: { one: 'Page', many: 'Pages' },
  post: { one: 'Blog post', many: 'Blog posts' },
};

/** A record type's name, one or many; undefined for a value that is no record type. */
export function recordTypeName(type: string | undefined, count: 'one' | 'many'): string | undefined {
  return type && Object.hasOwn(RECORD_TYPE_NAMES, type)
    ? RECORD_TYPE_NAMES[type as RecordType][count]
    : undefined;
}

/** Filter names every product record carries (option filters are added per option name, see `optionFilter`). */
export const FILTERS = {
  type: 'type',
  brand: 'brand',
  /** Every ancestor's name too: filtering by "Kitchen" finds products in "Kitchen › Pots". */
  category: 'category',
  availability: 'availability',
  price: 'price',
} as const;

/** The availability filter's values, in the order shoppers see them. */
export const AVAILABILITY_VALUES = ['In stock', 'Preorder', 'Out of stock'] as const;

/** The filter name of a variant option: `option:Colour`, so option names never clash with the fixed filters. */
export function optionFilter(optionName: string): string {
  return `option:${optionName.trim()}`;
}

/** The option name of an option filter, or undefined for a fixed filter. */
export function optionNameOf(filter: string): string | undefined {
  return filter.startsWith('option:') ? filter.slice('option:'.length) : undefined;
}

/** Sort keys every product record carries (Pagefind leaves a record without the key out of sorted results). */
export const SORTS = {
  /** The lowest price in minor units, zero-padded to 12 digits so text order is numeric order. */
  price: 'price',
  /** The name, lower-cased and without accents (`nameSortKey` in records.ts). */
  name: 'name',
} as const;

/**
 * The metadata field that repeats a record's sort key (`sort_price`), so that results of several
 * bundles, each sorted on its own, can be merged in order.
 */
export function sortMetaKey(sort: string): string {
  return `sort_${sort}`;
}

/** The sorts a shopper can pick, as `?sort=` values: relevance (none), price both ways, name. */
export const SORT_OPTIONS = {
  relevance: undefined,
  'price-asc': { [SORTS.price]: 'asc' },
  'price-desc': { [SORTS.price]: 'desc' },
  'name-asc': { [SORTS.name]: 'asc' },
} as const;

/** The metadata of a product record, as the result list shows it; all text, escaped wherever shown. */
export interface ProductRecordMeta {
  /** The product name. */
  title: string;
  /** The product page's path, as the record's URL. */
  url: string;
  /** The first image's CDN URL template (`{:size}`), or empty when the product has none. */
  image: string;
  image_alt: string;
  /** The price as shown: `$19.99`, `From $12.00`, or "Price on request". */
  price: string;
  /** The brand's name, or empty. */
  brand: string;
  /** The record's type when it is not a product (a page or a post), for the card to say so. */
  type?: string;
}
