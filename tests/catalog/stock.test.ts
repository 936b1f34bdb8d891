import { describe, expect, it } from 'vitest';
import {
  isBuyable,
  LOW_STOCK_THRESHOLD,
  productStock,
  stockLine,
  stockState,
  type StockFacts,
} from '../../src/lib/catalog/stock';
import { makeProduct } from '../pages/fixture';

const available: StockFacts = { status: 'Available', inStock: true, available: 40 };

describe('isBuyable', () => {
  it('needs the item purchasable, in stock and with units left (untracked stock counts as left)', () => {
    expect(isBuyable({ inStock: true, available: null })).toBe(true);
    expect(isBuyable({ inStock: true, available: 0 })).toBe(false);
    expect(isBuyable({ inStock: false, available: 4 })).toBe(false);
    expect(isBuyable({ inStock: true, available: 4, purchasable: false })).toBe(false);
  });
});

describe('stockState', () => {
  it('tells in stock, low stock and out of stock apart at the one threshold', () => {
    expect(stockState({ ...available, available: null })).toBe('in-stock');
    expect(stockState({ ...available, available: LOW_STOCK_THRESHOLD + 1 })).toBe('in-stock');
    expect(stockState({ ...available, available: LOW_STOCK_THRESHOLD })).toBe('low-stock');
    expect(stockState({ ...available, available: 0 })).toBe('out-of-stock');
    expect(stockState({ ...available, inStock: false, available: null })).toBe('out-of-stock');
    expect(stockState({ ...available, purchasable: false })).toBe('out-of-stock');
  });

  it('puts unavailable first, and calls a preorder with no units left sold out', () => {
    expect(stockState({ ...available, status: 'Unavailable' })).toBe('unavailable');
    expect(stockState({ ...available, status: 'Unavailable', available: 0 })).toBe('unavailable');
    expect(stockState({ ...available, status: 'Preorder', available: 2 })).toBe('preorder');
    expect(stockState({ ...available, status: 'Preorder', available: 0 })).toBe('out-of-stock');
  });
});

describe('stockLine', () => {
  it('words each state one way', () => {
    expect(stockLine(available).label).toBe('In stock');
    expect(stockLine({ ...available, available: 3 }).label).toBe('Only 3 left');
    expect(stockLine({ ...available, available: 0 }).label).toBe('Out of stock');
    expect(stockLine({ ...available, status: 'Unavailable' }).label).toBe('Currently unavailable');
    expect(stockLine({ ...available, status: 'Preorder' }).label).toBe('Available to preorder');
  });

  it('gives a preorder its release date', () => {
    const preorder: StockFacts = { ...available, status: 'Preorder', releaseDateText: 'January 15, 2027' };
    expect(stockLine(preorder).label).toBe('Available to preorder: expected January 15, 2027');
  });

  it('keeps the merchant’s note unless it is empty or repeats the label', () => {
    const note = 'Usually ships in 24 hours';
    expect(stockLine({ ...available, note })).toEqual({
      state: 'in-stock',
      label: 'In stock',
      note,
    });
    expect(stockLine({ ...available, note: 'In Stock' }).note).toBeUndefined();
    expect(stockLine({ ...available, note: '' }).note).toBeUndefined();
  });
});

describe('productStock', () => {
  const preorder = (releaseDate: string) =>
    makeProduct({
      id: 1,
      availableToSell: 12,
      availability: { status: 'Preorder', description: ' Second batch ', releaseDate },
    });

  it('reads a catalog product’s status, stock and note, and words its release date in UTC', () => {
    expect(stockLine(productStock(preorder('2027-03-15T00:00:00Z')))).toEqual({
      state: 'preorder',
      label: 'Available to preorder: expected March 15, 2027',
      note: 'Second batch',
    });
    expect(productStock(preorder('2027-03-15'), 'de-DE').releaseDateText).toBe('15. März 2027');
    expect(stockLine(productStock(makeProduct({ id: 2, availableToSell: 3 }))).label).toBe('Only 3 left');
  });

  it('leaves out an unreadable date and an empty note', () => {
    expect(productStock(preorder('not a date'))).toEqual({
      status: 'Preorder',
      inStock: true,
      available: 12,
      note: 'Second batch',
    });
    expect(productStock(makeProduct({ id: 3 }))).not.toHaveProperty('note');
  });
});
