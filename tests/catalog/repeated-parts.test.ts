import { stringify, parse } from 'devalue';
import { describe, expect, it } from 'vitest';
import { createSharer, shareRepeatedParts } from '../../src/lib/catalog/repeated-parts';
import type { Product } from '../../src/lib/catalog/schema';

const usd = (amount: number) => ({ price: { amount, currency: 'USD' } });
const product = (id: number, amount: number, variantAmounts: number[]) =>
  ({
    id,
    prices: usd(amount),
    availability: { status: 'Available', description: '' },
    brand: { id: 7, name: 'Oak', path: '/brands/oak/' },
    variants: variantAmounts.map((variantAmount, i) => ({ id: id * 10 + i, prices: usd(variantAmount) })),
  }) as unknown as Product;

describe('createSharer', () => {
  it('returns the first instance of each distinct value and passes primitives through', () => {
    const share = createSharer();
    const first = { a: 1 };
    expect(share({ a: 1 })).toBe(share(first));
    expect(share({ a: 2 })).not.toBe(share(first));
    expect(share(null)).toBeNull();
    expect(share('x')).toBe('x');
  });
});

describe('shareRepeatedParts', () => {
  it('shares equal prices, availability and brands across products and variants, leaving values equal', () => {
    const products = [product(1, 500, [500, 700]), product(2, 500, [700])];
    const before = structuredClone(products);
    shareRepeatedParts(products);
    expect(products).toEqual(before);
    expect(products[1].prices).toBe(products[0].prices);
    expect(products[0].variants[0].prices).toBe(products[0].prices);
    expect(products[1].variants[0].prices).toBe(products[0].variants[1].prices);
    expect(products[1].availability).toBe(products[0].availability);
    expect(products[1].brand).toBe(products[0].brand);
  });

  it('makes the data store smaller and reads back the same catalog', () => {
    const products = Array.from({ length: 50 }, (_, i) => product(i, 1999, [1999, 1999, 2499]));
    const unshared = stringify(structuredClone(products));
    shareRepeatedParts(products);
    const shared = stringify(products);
    expect(shared.length).toBeLessThan(unshared.length * 0.6);
    expect(parse(shared)).toEqual(parse(unshared));
  });
});
