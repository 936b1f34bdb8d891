import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/lib/money';
import { priceBand, sortPriceBands } from '../../src/lib/search/price-bands';

const usd = (amount: number) => ({ amount, currency: 'USD' });

describe('priceBand', () => {
  it('puts a price in the band of the 10, 25, 50 ladder it falls in, its upper edge in the next band', () => {
    expect(priceBand(usd(0))).toBe('Under $10.00');
    expect(priceBand(usd(999))).toBe('Under $10.00');
    expect(priceBand(usd(1000))).toBe('$10.00 to $25.00');
    expect(priceBand(usd(2499))).toBe('$10.00 to $25.00');
    expect(priceBand(usd(2500))).toBe('$25.00 to $50.00');
    expect(priceBand(usd(8900))).toBe('$50.00 to $100.00');
    expect(priceBand(usd(22900))).toBe('$100.00 to $250.00');
    expect(priceBand(usd(1_250_000))).toBe('$10,000.00 to $25,000.00');
  });

  it('scales the bands to the currency through its minor units', () => {
    expect(priceBand({ amount: 1800, currency: 'JPY' })).toBe('¥1,000 to ¥2,500');
    expect(priceBand({ amount: 999, currency: 'JPY' })).toBe('Under ¥1,000');
    const kwd = (amount: number) => formatMoney({ amount, currency: 'KWD' });
    expect(priceBand({ amount: 2750, currency: 'KWD' })).toBe(`${kwd(2500)} to ${kwd(5000)}`);
  });

  it('still gives a band for the largest amount money can hold', () => {
    expect(priceBand(usd(Number.MAX_SAFE_INTEGER))).toMatch(/^\$[\d,.]+ to \$[\d,.]+$/);
  });
});

describe('sortPriceBands', () => {
  it('orders band labels cheapest first, with anything else last', () => {
    const labels = ['$100.00 to $250.00', 'Other', 'Under $10.00', '$25.00 to $50.00', '$10.00 to $25.00'];
    expect(sortPriceBands(labels, 'USD')).toEqual([
      'Under $10.00',
      '$10.00 to $25.00',
      '$25.00 to $50.00',
      '$100.00 to $250.00',
      'Other',
    ]);
  });
});
