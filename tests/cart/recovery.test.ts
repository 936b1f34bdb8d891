import { setTestStorageKey } from '@nanostores/persistent';
import { describe, expect, it } from 'vitest';
import { addToCart } from '../../src/lib/cart/actions';
import {
  $cart,
  $cartCount,
  $cartId,
  $cartStatus,
  CART_ID_KEY,
  CART_SNAPSHOT_KEY,
} from '../../src/lib/cart/stores';
import { blueMug, greenMug, mugLine, useLocalStore } from './store-session';

/** When set, the next request matching it reaches the store, but its reply is lost (a 502 comes back). */
let loseReplyOf: RegExp | undefined;

const store = useLocalStore((base) => async (input, init) => {
  const response = await base(input, init);
  if (loseReplyOf?.test(String(input))) {
    loseReplyOf = undefined;
    return new Response('Bad Gateway', { status: 502 });
  }
  return response;
});

describe('a change whose reply was lost', () => {
  it('is not applied twice when retried: the retry sees it landed', async () => {
    await addToCart([mugLine(blueMug)]);
    loseReplyOf = /operation=AddCartLineItemsMutation/;
    const result = await addToCart([mugLine(greenMug, 2)]);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'unreachable' } });
    const status = $cartStatus.get();
    expect(status.state === 'error' && (await status.retry!())).toEqual({ ok: true });
    expect($cart.get()?.lines.map((l) => [l.sku, l.quantity])).toEqual([
      [blueMug.sku, 1],
      [greenMug.sku, 2],
    ]);
  });

  it('is sent again when the retry finds it did not land', async () => {
    await addToCart([mugLine(blueMug)]);
    store().setFaults({ serverErrors: 1 });
    expect((await addToCart([mugLine(greenMug)])).ok).toBe(false);
    const status = $cartStatus.get();
    expect(status.state === 'error' && (await status.retry!())).toEqual({ ok: true });
    expect($cart.get()?.lines.map((l) => [l.sku, l.quantity])).toEqual([
      [blueMug.sku, 1],
      [greenMug.sku, 1],
    ]);
  });
});

describe('two tabs', () => {
  it('see each other’s cart: a change in one reaches the other through storage', async () => {
    const seen: number[] = [];
    const stopCount = $cartCount.subscribe((count) => seen.push(count));
    const stopId = $cartId.subscribe(() => undefined);
    await addToCart([mugLine(blueMug, 2)]);
    const otherTabCart = { ...$cart.get()!, id: 'other-tab-cart', count: 5 };
    setTestStorageKey(CART_SNAPSHOT_KEY, JSON.stringify(otherTabCart));
    setTestStorageKey(CART_ID_KEY, 'other-tab-cart');
    expect($cartCount.get()).toBe(5);
    expect($cartId.get()).toBe('other-tab-cart');
    setTestStorageKey(CART_SNAPSHOT_KEY, undefined);
    setTestStorageKey(CART_ID_KEY, undefined);
    expect($cart.get()).toBeNull();
    expect($cartId.get()).toBeUndefined();
    expect(seen).toEqual([0, 2, 5, 0]);
    stopCount();
    stopId();
  });
});
