/** What the price component shows, decided from a product's or variant's prices. */
import type { Prices } from '../../lib/catalog/schema';
import { DEFAULT_LOCALE, formatMoney } from '../../lib/money';

/** Text a shopper sees when the merchant shows no price. */
export const PRICE_ON_REQUEST = 'Price on request';

/** The price display, by case; all amounts are formatted text. */
export type PriceView =
  | { kind: 'on-request'; text: string }
  | { kind: 'range'; from: string; to: string }
  | { kind: 'single'; current: string; was?: string; retail?: string; onSale: boolean };

/** Chooses how to show prices: on request, "From $X" for a range, or one price with sale and MSRP. */
export function priceView(prices: Prices | null, locale: string = DEFAULT_LOCALE): PriceView {
  if (!prices) return { kind: 'on-request', text: PRICE_ON_REQUEST };
  const { price, basePrice, retailPrice, range } = prices;
  if (range && range.min.amount !== range.max.amount) {
    return { kind: 'range', from: formatMoney(range.min, locale), to: formatMoney(range.max, locale) };
  }
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
