import { describe, expect, it } from 'vitest';
import { formatMoney, minorUnitDigits, toDecimalString } from '../../src/lib/money';

describe('formatMoney', () => {
  it('formats cents in US dollars', () => {
    expect(formatMoney({ amount: 1999, currency: 'USD' })).toBe('$19.99');
    expect(formatMoney({ amount: 123456700, currency: 'USD' })).toBe('$1,234,567.00');
  });

  it('formats zero and negative amounts', () => {
    expect(formatMoney({ amount: 0, currency: 'USD' })).toBe('$0.00');
    expect(formatMoney({ amount: -5, currency: 'USD' })).toBe('-$0.05');
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
});

describe('toDecimalString', () => {
  it('writes exact major units for structured data', () => {
    expect(toDecimalString({ amount: 1999, currency: 'USD' })).toBe('19.99');
    expect(toDecimalString({ amount: 5, currency: 'USD' })).toBe('0.05');
    expect(toDecimalString({ amount: -250, currency: 'USD' })).toBe('-2.50');
    expect(toDecimalString({ amount: 1500, currency: 'JPY' })).toBe('1500');
    expect(toDecimalString({ amount: 7, currency: 'KWD' })).toBe('0.007');
  });

  it('knows each currency’s minor unit', () => {
    expect([minorUnitDigits('USD'), minorUnitDigits('JPY'), minorUnitDigits('KWD')]).toEqual([2, 0, 3]);
  });
});
