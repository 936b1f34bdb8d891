/** Product lists (all, newest, featured, best-selling, per category or brand) as capped, cached connections. */
import type { ProductRecord } from '../data/types';
import type { Catalog } from './catalog';
import { checkPageArgs, paginate, PRODUCT_PAGE_LIMIT, type PageArgs } from './connections';
import { productView, type ApiContext } from './context';
import { sortPrice } from './prices';

/** BigCommerce's `CategoryProductSort` values. */
export type ProductSort =
  | 'A_TO_Z'
  | 'BEST_REVIEWED'
  | 'BEST_SELLING'
  | 'DEFAULT'
  | 'FEATURED'
  | 'HIGHEST_PRICE'
  | 'LOWEST_PRICE'
  | 'NEWEST'
  | 'Z_TO_A';

/** Paging arguments plus the stock filter every product list accepts. */
export interface ProductListArgs extends PageArgs {
  hideOutOfStock?: boolean | null;
}

const averageRating = (product: ProductRecord) =>
  product.reviewSummary.numberOfReviews
    ? product.reviewSummary.summationOfRatings / product.reviewSummary.numberOfReviews
    : 0;

// Unpriced products (price Infinity) stay last in both directions.
function byPrice(a: ProductRecord, b: ProductRecord, direction: 1 | -1): number {
  const [priceA, priceB] = [sortPrice(a), sortPrice(b)];
  if (priceA === priceB) return 0;
  if (priceA === Infinity) return 1;
  if (priceB === Infinity) return -1;
  return (priceA - priceB) * direction;
}

function comparator(
  catalog: Catalog,
  sort: ProductSort,
): ((a: ProductRecord, b: ProductRecord) => number) | null {
  const sold = (product: ProductRecord) => catalog.unitsSold.get(product.entityId) ?? 0;
  switch (sort) {
    case 'A_TO_Z':
      return (a, b) => a.name.localeCompare(b.name);
    case 'Z_TO_A':
      return (a, b) => b.name.localeCompare(a.name);
    case 'NEWEST':
      return (a, b) => b.createdAt.localeCompare(a.createdAt);
    case 'LOWEST_PRICE':
      return (a, b) => byPrice(a, b, 1);
    case 'HIGHEST_PRICE':
      return (a, b) => byPrice(a, b, -1);
    case 'FEATURED':
      return (a, b) => Number(b.isFeatured) - Number(a.isFeatured);
    case 'BEST_SELLING':
      return (a, b) => sold(b) - sold(a) || b.reviewSummary.numberOfReviews - a.reviewSummary.numberOfReviews;
    case 'BEST_REVIEWED':
      return (a, b) =>
        averageRating(b) - averageRating(a) ||
        b.reviewSummary.numberOfReviews - a.reviewSummary.numberOfReviews;
    default:
      return null;
  }
}

/** `list` in the given order (stable: ties keep catalog order), cached under `key`. */
export function sortedProducts(
  catalog: Catalog,
  key: string,
  list: readonly ProductRecord[],
  sort: ProductSort,
) {
  const compare = comparator(catalog, sort);
  if (!compare) return list;
  return catalog.memo(`sorted:${key}:${sort}`, () => [...list].sort(compare));
}

/** Best sellers: units sold through the hosted checkout, then review count. */
export function bestSelling(catalog: Catalog): readonly ProductRecord[] {
  return sortedProducts(catalog, 'all', catalog.products, 'BEST_SELLING');
}

/** A `ProductConnection` over `list`; `key` names a stable list so its in-stock subset can be cached. */
export function productConnection(
  ctx: ApiContext,
  key: string | null,
  list: readonly ProductRecord[],
  args: ProductListArgs,
) {
  checkPageArgs(args, PRODUCT_PAGE_LIMIT);
  const { catalog } = ctx;
  const inStock = () => list.filter((product) => catalog.inventory.isInStock(product));
  const items = args.hideOutOfStock ? (key ? catalog.memo(`in-stock:${key}`, inStock) : inStock()) : list;
  return paginate(items, args, { limit: PRODUCT_PAGE_LIMIT, map: (product) => productView(product) });
}
