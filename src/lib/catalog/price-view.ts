/** How prices show, from a product's or variant's prices: one rule for the static price and the island's. */
import { DEFAULT_LOCALE, formatMoney } from '../money';
import type { Prices } from './schema';

/** Text a shopper sees when the merchant shows no price. */
export const PRICE_ON_REQUEST = 'Price on request';

/** The price display, by case; all amounts are formatted text. */
export type PriceView =
  | { kind: 'on-request'; text: string }
  | { kind: 'range'; from: string; to: string }
  | { kind: 'single'; current: string; was?: string; retail?: string; onSale: boolean };

/** The display of one price (not a range): on request, or the price with sale and MSRP. */
export type ItemPriceView = Exclude<PriceView, { kind: 'range' }>;

/** How one item's price shows: on request, or the price with the base price before a sale and the MSRP. */
export function itemPriceView(prices: Prices | null, locale: string = DEFAULT_LOCALE): ItemPriceView {
  if (!prices) return { kind: 'on-request', text: PRICE_ON_REQUEST };
  const { price, basePrice, retailPrice } = prices;
  const onSale = basePrice !== undefined && basePrice.amount > price.amount;
  const showRetail = retailPrice !== undefined && retailPrice.amount > price.amount;
  return {
    kind: 'single',
    current: formatMoney(price, locale),
    was: onSale ? formatMoney(basePrice, locale) : undefined,
    retail: showRetail ? formatMoney(retailPrice, locale) : undefined,
    onSale,
  };
}

/** Chooses how to show prices: "From $X" for a range of variant prices, else as `itemPriceView`. */
export function priceView(prices: Prices | null, locale: string = DEFAULT_LOCALE): PriceView {
  const range = prices?.range;
  if (range && range.min.amount !== range.max.amount) {
    return { kind: 'range', from: formatMoney(range.min, locale), to: formatMoney(range.max, locale) };
  }
  return itemPriceView(prices, locale);
}
