/** Money formatting: integer minor units of a currency, shown with `Intl.NumberFormat`. */
import type { Money } from './catalog/schema';

/** The locale prices and dates are shown in when a page does not say otherwise. */
export const DEFAULT_LOCALE = 'en-US';

const formatters = new Map<string, Intl.NumberFormat>();

function currencyFormatter(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  return formatter;
}

// `resolvedOptions()` is slow, and pages format prices thousands of times in one or two currencies.
const digitsByCurrency = new Map<string, number>();

/** How many digits after the decimal point a currency's minor unit has (JPY 0, USD 2, KWD 3). */
export function minorUnitDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = currencyFormatter(currency, DEFAULT_LOCALE).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** The amount as an exact decimal string in major units, e.g. `{1999, USD}` → `"19.99"` (for JSON-LD). */
export function toDecimalString(money: Money): string {
  const digits = minorUnitDigits(money.currency);
  const sign = money.amount < 0 ? '-' : '';
  const units = String(Math.abs(money.amount)).padStart(digits + 1, '0');
  if (digits === 0) return sign + units;
  return `${sign}${units.slice(0, -digits)}.${units.slice(-digits)}`;
}

/** Formats money for people, e.g. `{1999, USD}` → `"$19.99"`, `{1500, JPY}` → `"¥1,500"`. */
export function formatMoney(money: Money, locale: string = DEFAULT_LOCALE): string {
  // Going through the decimal string keeps 3-decimal amounts exact instead of dividing floats.
  const decimal = toDecimalString(money) as `${number}`;
  return currencyFormatter(money.currency, locale).format(decimal);
}
