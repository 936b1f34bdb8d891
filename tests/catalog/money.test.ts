import { describe, expect, it } from 'vitest';
import { normaliseMoney, normalisePrices, toMinorUnits } from '../../src/lib/catalog/normalise/money';

const usd = (value: number | string) => ({ value, currencyCode: 'USD' });

describe('toMinorUnits', () => {
  it('rounds from the decimal digits, not from a float product', () => {
    expect(toMinorUnits(19.99, 2)).toBe(1999);
    expect(toMinorUnits(1.005, 2)).toBe(101); // 1.005 * 100 is 100.49999… in floating point
    expect(toMinorUnits(0.1 + 0.2, 2)).toBe(30);
    expect(toMinorUnits(4.35, 2)).toBe(435); // 4.35 * 100 is 434.99999…
    expect(toMinorUnits('1234.5678', 2)).toBe(123457);
  });

  it('handles currencies without decimals and with three', () => {
    expect(toMinorUnits(1500, 0)).toBe(1500);
    expect(toMinorUnits(1500.5, 0)).toBe(1501);
    expect(toMinorUnits(12.345, 3)).toBe(12345);
    expect(toMinorUnits('0.0005', 3)).toBe(1);
  });

  it('rounds negative amounts away from zero and reads exponent notation', () => {
    expect(toMinorUnits(-1.005, 2)).toBe(-101);
    expect(toMinorUnits(1e-7, 2)).toBe(0);
    expect(toMinorUnits(2e3, 2)).toBe(200000);
  });

  it('refuses what is not an amount', () => {
    expect(() => toMinorUnits('12,50', 2)).toThrow(RangeError);
    expect(() => toMinorUnits(Number.NaN, 2)).toThrow(RangeError);
    expect(() => toMinorUnits(1e21, 2)).toThrow(RangeError);
  });
});

describe('normaliseMoney', () => {
  it("uses each currency's ISO minor units", () => {
    expect(normaliseMoney({ value: 1500, currencyCode: 'JPY' })).toEqual({ amount: 1500, currency: 'JPY' });
    expect(normaliseMoney({ value: 12.345, currencyCode: 'KWD' })).toEqual({
      amount: 12345,
      currency: 'KWD',
    });
    expect(normaliseMoney({ value: 12.345, currencyCode: 'BHD' })).toEqual({
      amount: 12345,
      currency: 'BHD',
    });
    expect(normaliseMoney({ value: 9.99, currencyCode: 'eur' })).toEqual({ amount: 999, currency: 'EUR' });
  });
});

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
