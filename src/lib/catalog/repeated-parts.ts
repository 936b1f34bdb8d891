/**
 * Makes equal parts of different products one object. The product snapshot (V8's serialiser) writes
 * an object it meets again as a reference, so 10,000 products priced alike store their prices once,
 * and load back as one object: a smaller file, less to read, less memory.
 */
import type { Product } from './schema';

/** Returns one instance per distinct JSON value passed to it. */
export function createSharer(): <T>(value: T) => T {
  const seen = new Map<string, unknown>();
  return <T>(value: T): T => {
    if (value === null || typeof value !== 'object') return value;
    const key = JSON.stringify(value);
    const known = seen.get(key);
    if (known !== undefined) return known as T;
    seen.set(key, value);
    return value;
  };
}

/** Shares the parts products often repeat: prices (of products and variants), availability and brand. */
export function shareRepeatedParts(products: readonly Product[]): void {
  const share = createSharer();
  for (const product of products) {
    product.prices = share(product.prices);
    product.availability = share(product.availability);
    if (product.brand) product.brand = share(product.brand);
    for (const variant of product.variants) variant.prices = share(variant.prices);
  }
}
