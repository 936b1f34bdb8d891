/** Price rules (variant overrides, sales, ranges) and currency conversion with each currency's exchange rate. */
import { GraphQLError } from 'graphql';
import type { CurrencyRecord, ProductRecord, VariantRecord } from '../data/types';
import type { Catalog } from './catalog';

/** Prices in the store's default currency. */
export interface PriceSet {
  /** What the shopper pays: the sale price when on sale. */
  price: number;
  salePrice: number | null;
  basePrice: number;
  retailPrice: number | null;
}

/** A `Money` object. */
export interface Money {
  value: number;
  currencyCode: string;
}

/** Effective prices of a product or one of its variants; `null` when the merchant left the price blank. */
export function priceSet(product: ProductRecord, variant?: VariantRecord | null): PriceSet | null {
  const basePrice = variant?.price ?? product.price;
  if (basePrice === null) return null;
  const candidateSale = variant?.salePrice ?? product.salePrice;
  const salePrice = candidateSale !== undefined && candidateSale < basePrice ? candidateSale : null;
  return { price: salePrice ?? basePrice, salePrice, basePrice, retailPrice: product.retailPrice ?? null };
}

/** Lowest and highest selling price over a product's variants (the product's own price when it has none). */
export function priceSpan(product: ProductRecord): { min: number; max: number } | null {
  const own = priceSet(product);
  let min = Infinity;
  let max = -Infinity;
  for (const variant of product.variants) {
    const prices = priceSet(product, variant);
    if (!prices) continue;
    min = Math.min(min, prices.price);
    max = Math.max(max, prices.price);
  }
  if (min === Infinity) return own ? { min: own.price, max: own.price } : null;
  return { min, max };
}

/** The active currency named by `code`, or the default; a GraphQL error for one the store does not offer. */
export function currencyFor(catalog: Catalog, code?: string | null): CurrencyRecord {
  if (!code) return catalog.defaultCurrency;
  const currency = catalog.currencyByCode.get(code);
  if (!currency || !currency.isActive)
    throw new GraphQLError(`Currency ${code} is not enabled on this store`);
  return currency;
}

/** Rounds to the currency's decimal places. */
export function roundFor(value: number, currency: CurrencyRecord): number {
  const factor = 10 ** currency.display.decimalPlaces;
  return Math.round((value + Math.sign(value) * Number.EPSILON) * factor) / factor;
}

/** Converts a default-currency amount into `currency` as `Money`. */
export function money(amount: number, currency: CurrencyRecord): Money {
  return { value: roundFor(amount * currency.exchangeRate, currency), currencyCode: currency.code };
}

/** The schema's `Prices` object for a product (optionally narrowed to a variant) in `currency`. */
export function pricesObject(
  product: ProductRecord,
  variant: VariantRecord | null,
  currency: CurrencyRecord,
) {
  const prices = priceSet(product, variant);
  if (!prices) return null;
  const span = variant ? { min: prices.price, max: prices.price } : priceSpan(product)!;
  const retail = prices.retailPrice;
  return {
    price: money(prices.price, currency),
    salePrice: prices.salePrice === null ? null : money(prices.salePrice, currency),
    basePrice: money(prices.basePrice, currency),
    retailPrice: retail === null ? null : money(retail, currency),
    priceRange: { min: money(span.min, currency), max: money(span.max, currency) },
    retailPriceRange: retail === null ? null : { min: money(retail, currency), max: money(retail, currency) },
    saved: retail !== null && retail > prices.price ? money(retail - prices.price, currency) : null,
  };
}

/** The selling price used to sort products (unpriced ones sort last). */
export function sortPrice(product: ProductRecord): number {
  return priceSet(product)?.price ?? Number.POSITIVE_INFINITY;
}
