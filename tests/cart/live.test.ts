import { describe, expect, it } from 'vitest';
import { applyLive, fetchLiveProduct, type LiveProduct } from '../../src/lib/cart/live';
import { shirtProps } from './fixtures';
import { sampleProduct, useLocalStore } from './store-session';

useLocalStore();

describe('fetchLiveProduct', () => {
  it('reads every variant’s price and stock, page after page', async () => {
    const clog = sampleProduct('/fern-garden-clog/');
    const live = (await fetchLiveProduct(clog.entityId))!;
    expect(Object.keys(live.variants)).toHaveLength(clog.variants.length);
    expect(clog.variants.length).toBeGreaterThan(100);
    const soldOut = clog.variants.find((variant) => variant.stock === 0)!;
    expect(live.variants[soldOut.entityId]).toMatchObject({ inStock: false, available: 0 });
    const stocked = clog.variants.find((variant) => variant.stock && variant.isPurchasable)!;
    expect(live.variants[stocked.entityId]).toMatchObject({
      inStock: true,
      available: stocked.stock,
      purchasable: true,
    });
    expect(live.variants[stocked.entityId].price).toBeGreaterThan(0);
  });

  it('is null for a product the store does not sell', async () => {
    expect(await fetchLiveProduct(987_654)).toBeNull();
  });
});

describe('applyLive', () => {
  const props = shirtProps();
  const state = (price: number | null, available: number | null, extra = {}) => ({
    price,
    purchasable: true,
    inStock: available !== 0,
    available,
    ...extra,
  });

  it('puts the store’s current price and stock over the page’s', () => {
    const live: LiveProduct = {
      ...state(2300, 12),
      variants: { 70: state(2100, 0), 71: state(2600, 5, { basePrice: 3000 }), 72: state(2500, 3) },
    };
    const next = applyLive(props, live);
    expect(next).toMatchObject({ price: 2300, available: 12, inStock: true });
    expect(next.variants.map((v) => [v.id, v.price, v.basePrice, v.inStock, v.available])).toEqual([
      [70, 2100, undefined, false, 0],
      [71, 2600, 3000, true, 5],
      [72, 2500, undefined, true, 3],
    ]);
  });

  it('treats a variant the store no longer returns as sold, keeping its last price', () => {
    const next = applyLive(props, { ...state(2500, 30), variants: { 70: state(2500, 8) } });
    expect(next.variants[1]).toMatchObject({ price: 2500, purchasable: false, inStock: false, available: 0 });
  });

  it('treats a product the store no longer returns as sold', () => {
    const next = applyLive(props, null);
    expect(next).toMatchObject({ price: 2500, inStock: false, available: 0 });
    expect(next.variants.every((variant) => !variant.inStock)).toBe(true);
  });

  it('shows "price on request" when the store now hides the price', () => {
    const next = applyLive(props, { ...state(null, 30), variants: { 70: state(null, 8) } });
    expect(next.price).toBeNull();
    expect(next.variants[0].price).toBeNull();
  });
});
