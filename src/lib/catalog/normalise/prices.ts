/** API prices → the catalog's prices: which of BigCommerce's prices a page shows, in exact minor units. */
import { toMoney } from '../../money';
import type { ApiPrices } from '../api-types';
import type { Money, Prices } from '../schema';

const lower = (a: Money, b: Money) => a.currency === b.currency && a.amount < b.amount;

/**
 * API prices → domain prices: the price paid now (the sale price when it is lower), the base price only
 * when it is higher than that, the retail price (MSRP) only when higher, the range only when min ≠ max.
 * No price at all gives null, which pages show as "Price on request".
 */
export function normalisePrices(prices: ApiPrices | null | undefined): Prices | null {
  if (!prices?.price) return null;
  let price = toMoney(prices.price);
  if (prices.salePrice) {
    const sale = toMoney(prices.salePrice);
    if (lower(sale, price)) price = sale;
  }
  const result: Prices = { price };
  const base = prices.basePrice && toMoney(prices.basePrice);
  if (base && lower(price, base)) result.basePrice = base;
  const retail = prices.retailPrice && toMoney(prices.retailPrice);
  if (retail && lower(price, retail)) result.retailPrice = retail;
  if (prices.priceRange) {
    const min = toMoney(prices.priceRange.min);
    const max = toMoney(prices.priceRange.max);
    if (min.currency !== max.currency || min.amount !== max.amount) result.range = { min, max };
  }
  return result;
}
