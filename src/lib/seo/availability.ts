/** Stock states shared by the availability label and structured data. */
import type { Product } from '../catalog/schema';

/** At or below this many units available, a product shows as low on stock. */
export const LOW_STOCK_THRESHOLD = 5;

/** What a shopper can expect when buying now. */
export type StockState = 'in-stock' | 'low-stock' | 'out-of-stock' | 'preorder' | 'unavailable';

/** The parts of a product (or a variant, with its product's status) stock depends on. */
export type StockInput = Pick<Product, 'inStock' | 'availableToSell'> & {
  availability: Pick<Product['availability'], 'status'>;
};

/** The stock state: preorder and unavailable first, then stock counts (untracked stock is in stock). */
export function stockState(item: StockInput): StockState {
  if (item.availability.status === 'Preorder') return 'preorder';
  if (item.availability.status === 'Unavailable') return 'unavailable';
  if (!item.inStock || (item.availableToSell !== null && item.availableToSell <= 0)) return 'out-of-stock';
  if (item.availableToSell !== null && item.availableToSell <= LOW_STOCK_THRESHOLD) return 'low-stock';
  return 'in-stock';
}

const SCHEMA_AVAILABILITY: Record<StockState, string> = {
  'in-stock': 'https://schema.org/InStock',
  'low-stock': 'https://schema.org/LimitedAvailability',
  'out-of-stock': 'https://schema.org/OutOfStock',
  preorder: 'https://schema.org/PreOrder',
  // Not sold through this channel now; "Discontinued" would claim more than BigCommerce says.
  unavailable: 'https://schema.org/OutOfStock',
};

/** The schema.org `ItemAvailability` URL for a stock state. */
export function schemaAvailability(state: StockState): string {
  return SCHEMA_AVAILABILITY[state];
}
