/**
 * Price bands for the search index's price filter: Pagefind filters match exact strings, so each
 * product carries the one band its lowest price falls in. Pure, and small enough for the browser.
 *
 * The bands' edges step 1, 2.5, 5 per power of ten, counted in the currency's minor units from 1,000:
 * $10, $25, $50, $100, … in dollars, ¥1,000, ¥2,500, … in yen. A currency without minor units (JPY,
 * KRW) tends to have a small unit, so counting in minor units scales the bands to it without a table.
 */
import type { Money } from '../catalog/schema';
import { DEFAULT_LOCALE, formatMoney } from '../money';

/** The lowest edge, in minor units: everything below it is in the first band. */
const FIRST_EDGE = 1000;
const STEPS = [1, 2.5, 5] as const;
/** Past this edge the ladder stops: no price reaches it (it exceeds the safe integers' cents). */
const LAST_EDGE_INDEX = 3 * 13;

/** The `index`th edge of the ladder in minor units: 1,000, 2,500, 5,000, 10,000, … */
function edge(index: number): number {
  return STEPS[index % 3] * FIRST_EDGE * 10 ** Math.floor(index / 3);
}

const label = (from: number | undefined, to: number, currency: string, locale: string): string =>
  from === undefined
    ? `Under ${formatMoney({ amount: to, currency }, locale)}`
    : `${formatMoney({ amount: from, currency }, locale)} to ${formatMoney({ amount: to, currency }, locale)}`;

/** The band a price falls in, as shoppers read it: "Under $10.00", "$25.00 to $50.00" (50 is in the next). */
export function priceBand(price: Money, locale: string = DEFAULT_LOCALE): string {
  if (price.amount < FIRST_EDGE) return label(undefined, FIRST_EDGE, price.currency, locale);
  let index = 0;
  while (index < LAST_EDGE_INDEX && edge(index + 1) <= price.amount) index++;
  return label(edge(index), edge(index + 1), price.currency, locale);
}

/** The band labels in price order, cheapest first; labels that are not bands of `currency` go last. */
export function sortPriceBands(
  labels: readonly string[],
  currency: string,
  locale: string = DEFAULT_LOCALE,
): string[] {
  const rank = new Map<string, number>([[label(undefined, FIRST_EDGE, currency, locale), -1]]);
  for (let index = 0; index < LAST_EDGE_INDEX; index++) {
    rank.set(label(edge(index), edge(index + 1), currency, locale), index);
  }
  const rankOf = (text: string) => rank.get(text) ?? LAST_EDGE_INDEX;
  return [...labels].sort((a, b) => rankOf(a) - rankOf(b));
}
