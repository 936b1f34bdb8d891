import { describe, expect, it } from 'vitest';
import { normalisePrices } from '../../src/lib/catalog/normalise/prices';

const usd = (value: number | string) => ({ value, currencyCode: 'USD' });

describe('normalisePrices', () => {
  const base = { salePrice: null, basePrice: null, retailPrice: null, priceRange: null };

  it('gives null when there is no price ("Price on request")', () => {
    expect(normalisePrices(null)).toBeNull();
    expect(normalisePrices({ ...base, price: null })).toBeNull();
  });

  it('shows a sale price with the base price struck through only when the sale is lower', () => {
    const onSale = normalisePrices({ ...base, price: usd(80), salePrice: usd(80), basePrice: usd(100) });
    expect(onSale).toEqual({
      price: { amount: 8000, currency: 'USD' },
      basePrice: { amount: 10000, currency: 'USD' },
    });
    const notLower = normalisePrices({ ...base, price: usd(100), salePrice: usd(120), basePrice: usd(100) });
    expect(notLower).toEqual({ price: { amount: 10000, currency: 'USD' } });
  });

  it('takes the sale price when BigCommerce reports the base price as the price', () => {
    const prices = normalisePrices({ ...base, price: usd(100), salePrice: usd(75), basePrice: usd(100) });
    expect(prices?.price.amount).toBe(7500);
    expect(prices?.basePrice?.amount).toBe(10000);
  });

  it('keeps the retail price (MSRP) only when it is higher than the price', () => {
    expect(normalisePrices({ ...base, price: usd(50), retailPrice: usd(65) })?.retailPrice?.amount).toBe(
      6500,
    );
    expect(normalisePrices({ ...base, price: usd(50), retailPrice: usd(50) })?.retailPrice).toBeUndefined();
    expect(normalisePrices({ ...base, price: usd(50), retailPrice: usd(40) })?.retailPrice).toBeUndefined();
  });

  it('keeps the range only when min and max differ', () => {
    const ranged = normalisePrices({ ...base, price: usd(10), priceRange: { min: usd(10), max: usd(14.5) } });
    expect(ranged?.range).toEqual({
      min: { amount: 1000, currency: 'USD' },
      max: { amount: 1450, currency: 'USD' },
    });
    const flat = normalisePrices({ ...base, price: usd(10), priceRange: { min: usd(10), max: usd(10) } });
    expect(flat?.range).toBeUndefined();
  });
});
