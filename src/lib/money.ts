/**
 * Money: decimal amounts from the API to integer minor units of their currency, exactly, and back to
 * text with `Intl.NumberFormat`. The build and the browser both use it, so it stays small.
 */
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

/**
 * Converts a decimal amount (a JSON number or BigDecimal string) to whole minor units of `digits`
 * decimals, rounding half away from zero on the decimal digits themselves, never through a float
 * product: `1.005` with 2 digits is 101, `19.99` is 1999, `1500` JPY is 1500, `-1.005` is -101.
 */
export function toMinorUnits(value: number | string, digits: number): number {
  // String(1e-7) is "1e-7": such a number is written out in full first (1e21 and up stays, and fails).
  const text =
    typeof value === 'string' ? value.trim() : /e/.test(`${value}`) ? value.toFixed(20) : `${value}`;
  const [, sign, whole, fraction = ''] = /^([+-]?)(\d*)\.?(\d*)$/.exec(text) ?? [];
  // Number() of a string of digits is exact up to 2^53, and the result is checked against that.
  const units =
    Number((whole || '0') + fraction.padEnd(digits, '0').slice(0, digits)) + +(fraction[digits] >= '5');
  const amount = sign === '-' ? -units || 0 : units;
  if (!(whole || fraction) || !Number.isSafeInteger(amount))
    throw new RangeError(`"${text}" is not a decimal amount`);
  return amount;
}

/** An API amount (`{value: 19.99, currencyCode: "usd"}`) as money in its currency's ISO minor units. */
export function toMoney(money: { value: number | string; currencyCode: string }): Money {
  const currency = money.currencyCode.trim().toUpperCase();
  return { amount: toMinorUnits(money.value, minorUnitDigits(currency)), currency };
}
