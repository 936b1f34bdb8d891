import { describe, expect, it } from 'vitest';
import { priceView, PRICE_ON_REQUEST } from '../../src/lib/catalog/price-view';
import { ratingView } from '../../src/components/product/rating-view';

const usd = (amount: number) => ({ amount, currency: 'USD' });

describe('priceView', () => {
  it('shows "Price on request" when the store gives no price', () => {
    expect(priceView(null)).toEqual({ kind: 'on-request', text: PRICE_ON_REQUEST });
  });

  it('shows a sale price with the base price it replaces, and the MSRP', () => {
    expect(priceView({ price: usd(1500), basePrice: usd(2000), retailPrice: usd(2500) })).toEqual({
      kind: 'single',
      current: '$15.00',
      was: '$20.00',
      retail: '$25.00',
      onSale: true,
    });
  });

  it('is not on sale when the base price is not higher', () => {
    expect(priceView({ price: usd(1500), basePrice: usd(1500) })).toMatchObject({
      onSale: false,
      was: undefined,
    });
  });

  it('says "From" the lowest price of a range', () => {
    expect(priceView({ price: usd(1000), range: { min: usd(1000), max: usd(4000) } })).toEqual({
      kind: 'range',
      from: '$10.00',
      to: '$40.00',
    });
  });

  it('formats in the product’s currency', () => {
    expect(priceView({ price: { amount: 4200, currency: 'JPY' } })).toMatchObject({ current: '¥4,200' });
  });
});

describe('ratingView', () => {
  it('fills the stars in proportion and says the rating in words', () => {
    expect(ratingView({ count: 12, average: 4.25 })).toEqual({
      percent: 85,
      text: 'Rated 4.3 out of 5 from 12 reviews',
    });
    expect(ratingView({ count: 1, average: 5 })?.text).toBe('Rated 5 out of 5 from 1 review');
  });

  it('shows nothing without reviews', () => {
    expect(ratingView(undefined)).toBeUndefined();
    expect(ratingView({ count: 0, average: 0 })).toBeUndefined();
  });
});
