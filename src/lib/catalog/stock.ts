/**
 * Stock, one rule for the product page's static line, the add-to-cart island and structured data: the
 * low-stock threshold, the states and the words a shopper reads. Pure, and small enough for the browser.
 */
import { DEFAULT_LOCALE } from '../money';
import type { Product } from './schema';

/** At or below this many units available, the stock line says how many are left. */
export const LOW_STOCK_THRESHOLD = 5;

/** What a shopper can expect when buying now. */
export type StockState = 'in-stock' | 'low-stock' | 'out-of-stock' | 'preorder' | 'unavailable';

/** What stock depends on, for a product or for a variant (with its product's status, date and note). */
export interface StockFacts {
  status: Product['availability']['status'];
  inStock: boolean;
  /** Units available; null when stock is not tracked. */
  available: number | null;
  /** False once the store no longer sells the item. */
  purchasable?: boolean;
  /** A preorder's release date as shoppers read it, e.g. "March 15, 2027" (formatted at build time). */
  releaseDateText?: string;
  /** The merchant's own availability text, e.g. "Usually ships in 24 hours". */
  note?: string;
}

/** A stock line as the shopper reads it: the state, its label, and the merchant's note when it adds anything. */
export interface StockLine {
  state: StockState;
  label: string;
  note?: string;
}

/** True when the item can be bought now: purchasable, in stock, and with units left (or untracked stock). */
export function isBuyable(item: Pick<StockFacts, 'inStock' | 'available' | 'purchasable'>): boolean {
  return item.purchasable !== false && item.inStock && (item.available === null || item.available > 0);
}

/**
 * The stock state. Unavailable first; then sold out, even for a preorder, since the store refuses to sell
 * units it does not have; then preorder, low and in stock.
 */
export function stockState(facts: StockFacts): StockState {
  if (facts.status === 'Unavailable') return 'unavailable';
  if (!isBuyable(facts)) return 'out-of-stock';
  if (facts.status === 'Preorder') return 'preorder';
  return facts.available !== null && facts.available <= LOW_STOCK_THRESHOLD ? 'low-stock' : 'in-stock';
}

/** A preorder's release date for shoppers, e.g. "January 15, 2027"; the date is read in UTC. */
function formatReleaseDate(isoDate: string, locale: string = DEFAULT_LOCALE): string | undefined {
  const date = new Date(isoDate);
  if (Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function label(state: StockState, facts: StockFacts): string {
  switch (state) {
    case 'in-stock':
      return 'In stock';
    case 'low-stock':
      return `Only ${facts.available} left`;
    case 'out-of-stock':
      return 'Out of stock';
    case 'unavailable':
      return 'Currently unavailable';
    case 'preorder':
      return facts.releaseDateText
        ? `Available to preorder: expected ${facts.releaseDateText}`
        : 'Available to preorder';
  }
}

/** The stock line for these facts; the note is dropped when it only repeats the label. */
export function stockLine(facts: StockFacts): StockLine {
  const state = stockState(facts);
  const text = label(state, facts);
  const { note } = facts;
  return { state, label: text, note: note && note.toLowerCase() !== text.toLowerCase() ? note : undefined };
}

/** A catalog product's stock facts, its release date formatted for `locale`; no empty fields. */
export function productStock(
  product: Pick<Product, 'availability' | 'inStock' | 'availableToSell'>,
  locale: string = DEFAULT_LOCALE,
): StockFacts {
  const { status, releaseDate, description } = product.availability;
  const releaseDateText = releaseDate && formatReleaseDate(releaseDate, locale);
  const note = description.trim();
  return {
    status,
    inStock: product.inStock,
    available: product.availableToSell,
    ...(releaseDateText ? { releaseDateText } : {}),
    ...(note ? { note } : {}),
  };
}
