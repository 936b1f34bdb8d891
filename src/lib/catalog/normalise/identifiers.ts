/** API product identifiers → the domain's. */
import type { ApiProductIdentifiers } from '../api-types';
import type { ProductIdentifiers } from '../schema';

const KEYS = ['gtin', 'mpn', 'upc'] as const;

/** GTIN, MPN and UPC trimmed; one BigCommerce sends as null or an empty string is left out. */
export function normaliseIdentifiers(source: ApiProductIdentifiers): ProductIdentifiers {
  const identifiers: ProductIdentifiers = {};
  for (const key of KEYS) {
    const value = source[key]?.trim();
    if (value) identifiers[key] = value;
  }
  return identifiers;
}
