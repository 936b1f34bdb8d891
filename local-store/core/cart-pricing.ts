/** Live prices of cart lines in the cart's currency, shared by the GraphQL cart and the hosted checkout. */
import type { CurrencyRecord } from '../data/types';
import type { Catalog } from './catalog';
import type { CartLine, CartRecord } from './cart-store';
import { priceSet, roundFor } from './prices';

/** One line with its unit and extended prices, rounded in the cart's currency. */
export interface PricedLine {
  line: CartLine;
  sku: string;
  /** What one unit costs now (sale price plus option adjustments). */
  unitPrice: number;
  /** One unit before any sale, plus option adjustments. */
  unitOriginalPrice: number;
  extendedPrice: number;
  extendedOriginalPrice: number;
}

/** A priced cart. */
export interface PricedCart {
  currency: CurrencyRecord;
  lines: PricedLine[];
  /** Sum of extended prices. */
  amount: number;
  totalQuantity: number;
}

/** Prices every line of `cart` from the current catalog. */
export function priceCart(catalog: Catalog, cart: CartRecord): PricedCart {
  const currency = catalog.currencyByCode.get(cart.currencyCode) ?? catalog.defaultCurrency;
  const convert = (amount: number) => roundFor(amount * currency.exchangeRate, currency);
  let amount = 0;
  let totalQuantity = 0;
  const lines = cart.lines.map((line) => {
    const prices = priceSet(line.product, line.variant);
    const adjustment = line.options.reduce(
      (sum, option) => sum + (option.kind === 'multipleChoice' ? option.adjustment : 0),
      0,
    );
    const unitPrice = convert((prices?.price ?? 0) + adjustment);
    const unitOriginalPrice = convert((prices?.basePrice ?? 0) + adjustment);
    const extendedPrice = roundFor(unitPrice * line.quantity, currency);
    amount += extendedPrice;
    totalQuantity += line.quantity;
    return {
      line,
      sku: line.variant?.sku ?? line.product.sku,
      unitPrice,
      unitOriginalPrice,
      extendedPrice,
      extendedOriginalPrice: roundFor(unitOriginalPrice * line.quantity, currency),
    };
  });
  return { currency, lines, amount: roundFor(amount, currency), totalQuantity };
}

/** Formats an amount with the currency's symbol, placement, separators and decimals. */
export function formatMoney(amount: number, currency: CurrencyRecord): string {
  const { symbol, symbolPlacement, decimalToken, thousandsToken, decimalPlaces } = currency.display;
  const [whole, fraction] = Math.abs(amount).toFixed(decimalPlaces).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousandsToken);
  const number = fraction ? `${grouped}${decimalToken}${fraction}` : grouped;
  const sign = amount < 0 ? '-' : '';
  return symbolPlacement === 'LEFT' ? `${sign}${symbol}${number}` : `${sign}${number}${symbol}`;
}
