/** API money → integer minor units, rounded from the decimal text so no float error creeps in. */
import { minorUnitDigits } from '../../money';
import type { ApiMoney, ApiPrices } from '../api-types';
import type { Money, Prices } from '../schema';

/** The plain decimal text of a JSON number or BigDecimal string (`1e-7` → `0.0000001`). */
function decimalText(value: number | string): string {
  if (typeof value === 'string') return value.trim();
  if (!Number.isFinite(value)) throw new RangeError(`${value} is not an amount`);
  const shortest = String(value);
  if (!/e/i.test(shortest)) return shortest;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/**
 * Converts a decimal amount to whole minor units of `digits` decimals, rounding half away from zero
 * on the decimal digits themselves: `1.005` with 2 digits is 101, `19.99` is 1999, `1500` JPY is 1500.
 */
export function toMinorUnits(value: number | string, digits: number): number {
  const text = decimalText(value);
  const match = /^([+-])?(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (!match[2] && !match[3])) throw new RangeError(`"${text}" is not a decimal amount`);
  const [, sign, whole = '', fraction = ''] = match;
  const kept = (fraction + '0'.repeat(digits)).slice(0, digits);
  const roundsUp = Number(fraction[digits] ?? '0') >= 5;
  let units = BigInt((whole || '0') + kept) + (roundsUp ? 1n : 0n);
  if (sign === '-') units = -units;
  const amount = Number(units);
  if (!Number.isSafeInteger(amount)) throw new RangeError(`"${text}" is too large an amount`);
  return amount === 0 ? 0 : amount;
}

/** API money → domain money in its currency's ISO minor units. */
export function normaliseMoney(money: ApiMoney): Money {
  const currency = money.currencyCode.trim().toUpperCase();
  return { amount: toMinorUnits(money.value, minorUnitDigits(currency)), currency };
}

const lower = (a: Money, b: Money) => a.currency === b.currency && a.amount < b.amount;

/**
 * API prices → domain prices: the price paid now (the sale price when it is lower), the base price only
 * when it is higher than that, the retail price (MSRP) only when higher, the range only when min ≠ max.
 * No price at all gives null, which pages show as "Price on request".
 */
export function normalisePrices(prices: ApiPrices | null | undefined): Prices | null {
  if (!prices?.price) return null;
  let price = normaliseMoney(prices.price);
  if (prices.salePrice) {
    const sale = normaliseMoney(prices.salePrice);
    if (lower(sale, price)) price = sale;
  }
  const result: Prices = { price };
  const base = prices.basePrice && normaliseMoney(prices.basePrice);
  if (base && lower(price, base)) result.basePrice = base;
  const retail = prices.retailPrice && normaliseMoney(prices.retailPrice);
  if (retail && lower(price, retail)) result.retailPrice = retail;
  if (prices.priceRange) {
    const min = normaliseMoney(prices.priceRange.min);
    const max = normaliseMoney(prices.priceRange.max);
    if (min.currency !== max.currency || min.amount !== max.amount) result.range = { min, max };
  }
  return result;
}
