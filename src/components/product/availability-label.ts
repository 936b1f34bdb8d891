/** The availability line on product pages: in stock, low stock, out of stock, preorder, unavailable. */
import type { Product } from '../../lib/catalog/schema';
import { DEFAULT_LOCALE } from '../../lib/money';
import type { StockState } from '../../lib/seo/availability';
import { stockState } from '../../lib/seo/availability';

/** The state, its label, and the merchant's own note (e.g. "Usually ships in 24 hours"). */
export interface AvailabilityView {
  state: StockState;
  label: string;
  note?: string;
}

/** A preorder's release date for shoppers, e.g. "January 15, 2027"; the date is read in UTC. */
export function formatReleaseDate(isoDate: string, locale: string = DEFAULT_LOCALE): string | undefined {
  const date = new Date(isoDate);
  if (Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function label(product: Product, state: StockState, locale: string): string {
  switch (state) {
    case 'in-stock':
      return 'In stock';
    case 'low-stock':
      return `Low stock: only ${product.availableToSell} left`;
    case 'out-of-stock':
      return 'Out of stock';
    case 'unavailable':
      return 'Currently unavailable';
    case 'preorder': {
      const date =
        product.availability.releaseDate && formatReleaseDate(product.availability.releaseDate, locale);
      return date ? `Preorder: expected ${date}` : 'Preorder';
    }
  }
}

/** How a product's availability reads on its page. */
export function availabilityView(product: Product, locale: string = DEFAULT_LOCALE): AvailabilityView {
  const state = stockState(product);
  const text = label(product, state, locale);
  const note = product.availability.description.trim();
  return { state, label: text, note: note && note.toLowerCase() !== text.toLowerCase() ? note : undefined };
}
