/** Stock states as schema.org `ItemAvailability`, for structured data. */
import type { StockState } from '../catalog/stock';

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
