import { describe, expect, it } from 'vitest';
import { formatMoney, minorUnitDigits, toDecimalString, toMinorUnits, toMoney } from '../../src/lib/money';

describe('toMinorUnits', () => {
  it('rounds from the decimal digits, not from a float product', () => {
    expect(toMinorUnits(19.99, 2)).toBe(1999);
    expect(toMinorUnits(0.29, 2)).toBe(29); // 0.29 * 100 is 28.999999999999996
    expect(toMinorUnits(0.1 + 0.2, 2)).toBe(30);
    expect(toMinorUnits(4.35, 2)).toBe(435); // 4.35 * 100 is 434.99999…
    expect(toMinorUnits('1234.5678', 2)).toBe(123457);
  });

  it('rounds halves away from zero, however the float would have it', () => {
    expect(toMinorUnits(1.005, 2)).toBe(101); // 1.005 * 100 is 100.49999… in floating point
    expect(toMinorUnits(2.675, 2)).toBe(268); // stored as 2.67499999…
    expect(toMinorUnits(1.004, 2)).toBe(100);
    expect(toMinorUnits(1500.5, 0)).toBe(1501);
    expect(toMinorUnits(12.3445, 3)).toBe(12345);
    expect(toMinorUnits('0.0005', 3)).toBe(1);
  });

  it('keeps negative amounts (discounts) exact, rounding halves away from zero', () => {
    expect(toMinorUnits(-19.99, 2)).toBe(-1999);
    expect(toMinorUnits(-1.005, 2)).toBe(-101);
    expect(toMinorUnits(-1500, 0)).toBe(-1500);
    expect(toMinorUnits('-0.0005', 3)).toBe(-1);
    expect(toMinorUnits(-0.001, 2)).toBe(0);
    expect(Object.is(toMinorUnits(-0.001, 2), 0)).toBe(true);
  });

  it('reads exponent notation and BigDecimal strings', () => {
    expect(toMinorUnits(1e-7, 2)).toBe(0);
    expect(toMinorUnits(2e3, 2)).toBe(200000);
    expect(toMinorUnits(' 12.50 ', 2)).toBe(1250);
  });

  it('refuses what is not an amount', () => {
    expect(() => toMinorUnits('12,50', 2)).toThrow(RangeError);
    expect(() => toMinorUnits('', 2)).toThrow(RangeError);
    expect(() => toMinorUnits(Number.NaN, 2)).toThrow(RangeError);
    expect(() => toMinorUnits(1e21, 2)).toThrow(RangeError);
  });
});

describe('toMoney', () => {
  it('uses each currency’s ISO minor units: JPY 0, USD 2, KWD and BHD 3', () => {
    expect(toMoney({ value: 1500, currencyCode: 'JPY' })).toEqual({ amount: 1500, currency: 'JPY' });
    expect(toMoney({ value: 1500.5, currencyCode: 'JPY' })).toEqual({ amount: 1501, currency: 'JPY' });
    expect(toMoney({ value: 19.99, currencyCode: 'USD' })).toEqual({ amount: 1999, currency: 'USD' });
    expect(toMoney({ value: 12.345, currencyCode: 'KWD' })).toEqual({ amount: 12345, currency: 'KWD' });
    expect(toMoney({ value: 0.0005, currencyCode: 'KWD' })).toEqual({ amount: 1, currency: 'KWD' });
    expect(toMoney({ value: 12.345, currencyCode: 'BHD' })).toEqual({ amount: 12345, currency: 'BHD' });
  });

  it('keeps a discount negative and reads the currency code case-insensitively', () => {
    expect(toMoney({ value: -5.125, currencyCode: 'KWD' })).toEqual({ amount: -5125, currency: 'KWD' });
    expect(toMoney({ value: -2.5, currencyCode: 'usd' })).toEqual({ amount: -250, currency: 'USD' });
    expect(toMoney({ value: 9.99, currencyCode: ' eur ' })).toEqual({ amount: 999, currency: 'EUR' });
  });
});

describe('formatMoney', () => {
  it('formats cents in US dollars', () => {
    expect(formatMoney({ amount: 1999, currency: 'USD' })).toBe('$19.99');
    expect(formatMoney({ amount: 123456700, currency: 'USD' })).toBe('$1,234,567.00');
  });

  it('formats zero and negative amounts', () => {
    expect(formatMoney({ amount: 0, currency: 'USD' })).toBe('$0.00');
    expect(formatMoney({ amount: -5, currency: 'USD' })).toBe('-$0.05');
    expect(formatMoney({ amount: -1500, currency: 'JPY' })).toBe('-¥1,500');
  });

  it('treats a 0-decimal currency amount as whole units', () => {
    expect(formatMoney({ amount: 1500, currency: 'JPY' })).toBe('¥1,500');
  });

  it('keeps all three decimals of a 3-decimal currency', () => {
    expect(formatMoney({ amount: 12345, currency: 'KWD' }, 'en-US')).toBe('KWD\u00a012.345');
    expect(formatMoney({ amount: 1, currency: 'BHD' }, 'en-US')).toBe('BHD\u00a00.001');
  });

  it('follows the locale', () => {
    expect(formatMoney({ amount: 123456, currency: 'EUR' }, 'de-DE')).toBe('1.234,56\u00a0€');
    expect(formatMoney({ amount: 999, currency: 'GBP' }, 'en-GB')).toBe('£9.99');
  });

  it('shows an API amount as the store wrote it, after the exact conversion', () => {
    expect(formatMoney(toMoney({ value: 1.005, currencyCode: 'USD' }))).toBe('$1.01');
    expect(formatMoney(toMoney({ value: 12.345, currencyCode: 'KWD' }))).toBe('KWD\u00a012.345');
    expect(formatMoney(toMoney({ value: -0.5, currencyCode: 'JPY' }))).toBe('-¥1');
  });
});

describe('toDecimalString', () => {
  it('writes exact major units for structured data', () => {
    expect(toDecimalString({ amount: 1999, currency: 'USD' })).toBe('19.99');
    expect(toDecimalString({ amount: 5, currency: 'USD' })).toBe('0.05');
    expect(toDecimalString({ amount: -250, currency: 'USD' })).toBe('-2.50');
    expect(toDecimalString({ amount: 1500, currency: 'JPY' })).toBe('1500');
    expect(toDecimalString({ amount: 7, currency: 'KWD' })).toBe('0.007');
    expect(toDecimalString({ amount: -12345, currency: 'KWD' })).toBe('-12.345');
  });

  it('is the inverse of toMinorUnits', () => {
    for (const [value, currency] of [
      ['19.99', 'USD'],
      ['-0.05', 'USD'],
      ['1500', 'JPY'],
      ['-12.345', 'KWD'],
    ] as const) {
      expect(toDecimalString(toMoney({ value, currencyCode: currency }))).toBe(value);
    }
  });

  it('knows each currency’s minor unit', () => {
    expect([minorUnitDigits('USD'), minorUnitDigits('JPY'), minorUnitDigits('KWD')]).toEqual([2, 0, 3]);
  });
});
