/**
 * A catalog product as a record of the Pagefind index: what a search matches, the filters and sort
 * keys of `contract.ts`, and the metadata a result shows. Pure.
 */
import { priceView } from '../catalog/price-view';
import type { Category, Product } from '../catalog/schema';
import { productStock, stockState, type StockState } from '../catalog/stock';
import { DEFAULT_LOCALE } from '../money';
import { categoryAncestry } from '../routes/catalog-index';
import {
  FILTERS,
  optionFilter,
  SORTS,
  sortMetaKey,
  type AVAILABILITY_VALUES,
  type ProductRecordMeta,
  type RecordType,
} from './contract';
import { priceBand } from './price-bands';

/** A custom record as Pagefind's `addCustomRecord` takes it. */
export interface SearchRecord {
  url: string;
  content: string;
  /** ISO 639-1: Pagefind keeps one index per language, stemmed for it. */
  language: string;
  meta: ProductRecordMeta & Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/**
 * How much a match in each part of a product counts; 10 is Pagefind's highest, 1 its default. The
 * name counts most, then the SKUs, so that an exact SKU finds its product before any mention of it.
 */
export const CONTENT_WEIGHTS = { name: 10, skus: 8, brand: 6, categories: 4, description: 1 } as const;

/** The sort key of a product without a price: after every price (12 digits, as `SORTS.price` says). */
export const NO_PRICE_SORT_KEY = '9'.repeat(12);

/** What an availability filter says for each stock state: low stock is in stock, unavailable is out. */
const AVAILABILITY: Record<StockState, (typeof AVAILABILITY_VALUES)[number]> = {
  'in-stock': 'In stock',
  'low-stock': 'In stock',
  preorder: 'Preorder',
  'out-of-stock': 'Out of stock',
  unavailable: 'Out of stock',
};

// Pagefind reads these markers in a record's text as weights (its HTML parser writes them for
// `data-pagefind-weight`) and drops them from excerpts; custom records have no other way to weigh text.
/** Text Pagefind weighs `weight` (1 to 10) in a record's content. */
export const weighted = (weight: number, text: string) =>
  text ? `___PAGEFIND_WEIGHT___${weight} ${text}. ___END_PAGEFIND_WEIGHT___` : '';

/** Merchant text that Pagefind cannot take for one of its markers, which all start with `___`. */
export const plain = (text: string) => text.replace(/_{3,}/g, '_').trim();

const unique = (values: Iterable<string>) => [...new Set([...values].map((v) => v.trim()).filter(Boolean))];

/** A record before Pagefind's shape: its text in parts, metadata, filters and sort keys. */
export interface RecordParts {
  url: string;
  /** Text parts in order; empty ones are left out. */
  parts: readonly string[];
  meta: ProductRecordMeta;
  /** Filter values by name; a filter without values is left out. */
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/**
 * The record Pagefind takes: in the language of `locale`, the sort keys repeated in the metadata
 * (`sortMetaKey`) so that sorted bundles can be merged.
 */
export function assembleRecord(record: RecordParts, locale: string = DEFAULT_LOCALE): SearchRecord {
  const { url, parts, meta, filters, sort } = record;
  return {
    url,
    content: parts.filter(Boolean).join(' '),
    language: locale.split('-')[0].toLowerCase(),
    meta: {
      ...meta,
      ...Object.fromEntries(Object.entries(sort).map(([name, key]) => [sortMetaKey(name), key])),
    },
    filters: Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0)),
    sort,
  };
}

/** A name as a sort key: lower-cased and without accents, so "Crème" sorts among the C's. */
export function nameSortKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** The lowest price a shopper can pay, or undefined for "Price on request". */
function lowestPrice(product: Product) {
  const { prices } = product;
  if (!prices) return undefined;
  const min = prices.range?.min;
  return min && min.amount < prices.price.amount ? min : prices.price;
}

/** The names of the product's categories and all their ancestors, each once, root first. */
export function categoryNames(product: Product, categoriesById: ReadonlyMap<number, Category>): string[] {
  return unique(
    product.categoryIds.flatMap((id) => {
      const category = categoriesById.get(id);
      return category ? categoryAncestry(category, categoriesById).map((each) => each.name) : [];
    }),
  );
}

/** The value labels of each variant option, by filter name (`option:Colour`). */
function optionFilters(product: Product): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const option of product.options) {
    if (!option.isVariantOption || option.kind !== 'multiple-choice' || !option.name.trim()) continue;
    const name = optionFilter(option.name);
    filters[name] = unique([...(filters[name] ?? []), ...option.values.map((value) => value.label)]);
  }
  return filters;
}

/** The price as a result shows it: "$19.99", "From $12.00" or "Price on request". */
function priceText(product: Product, locale: string): string {
  const view = priceView(product.prices, locale);
  if (view.kind === 'on-request') return view.text;
  return view.kind === 'range' ? `From ${view.from}` : view.current;
}

/** The product's record; `categoriesById` gives its categories' names and their ancestors'. */
export function productRecord(
  product: Product,
  categoriesById: ReadonlyMap<number, Category>,
  locale: string = DEFAULT_LOCALE,
): SearchRecord {
  const brand = product.brand?.name.trim() ?? '';
  const categories = categoryNames(product, categoriesById);
  const skus = unique([product.sku, ...product.variants.map((variant) => variant.sku)]);
  const image = product.images[0];
  const lowest = lowestPrice(product);
  // An excerpt is the text around the words matched, so the SKUs go last, out of most excerpts.
  const content = [
    weighted(CONTENT_WEIGHTS.name, plain(product.name)),
    weighted(CONTENT_WEIGHTS.brand, plain(brand)),
    weighted(CONTENT_WEIGHTS.categories, plain(categories.join(', '))),
    plain(product.plainDescription),
    weighted(CONTENT_WEIGHTS.skus, plain(skus.join(' '))),
  ];
  const filters: Record<string, string[]> = {
    [FILTERS.type]: ['product' satisfies RecordType],
    [FILTERS.brand]: brand ? [brand] : [],
    [FILTERS.category]: categories,
    [FILTERS.availability]: [AVAILABILITY[stockState(productStock(product, locale))]],
    [FILTERS.price]: lowest ? [priceBand(lowest, locale)] : [],
    ...optionFilters(product),
  };
  const sort = {
    [SORTS.price]: lowest ? String(lowest.amount).padStart(12, '0') : NO_PRICE_SORT_KEY,
    [SORTS.name]: nameSortKey(product.name),
  };
  return assembleRecord(
    {
      url: product.path,
      parts: content,
      meta: {
        title: product.name,
        url: product.path,
        image: image?.urlTemplate ?? '',
        image_alt: image ? image.alt || product.name : '',
        price: priceText(product, locale),
        brand,
      },
      filters,
      sort,
    },
    locale,
  );
}
