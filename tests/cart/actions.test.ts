import { getTestStorage } from '@nanostores/persistent';
import { describe, expect, it, vi } from 'vitest';
import { addToCart, checkout, removeLine, updateLine } from '../../src/lib/cart/actions';
import { refreshCart } from '../../src/lib/cart/refresh';
import {
  $cart,
  $cartCount,
  $cartId,
  $cartStatus,
  CART_ID_KEY,
  CART_SNAPSHOT_KEY,
} from '../../src/lib/cart/stores';
import { blueMug, greenMug, mugLine, useLocalStore } from './store-session';

const store = useLocalStore();

/** Runs a GraphQL request against the local store with its private token, as another party would. */
async function asMerchant(query: string, variables: Record<string, unknown>) {
  const response = await fetch(store().graphqlUrl, {
    method: 'POST',
    headers: { Authorization: `Bearer ${store().privateToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data: unknown; errors?: unknown[] };
}
const deleteCartAsMerchant = (cartEntityId: string) =>
  asMerchant(
    'mutation($id: String!) { cart { deleteCart(input: { cartEntityId: $id }) { deletedCartEntityId } } }',
    { id: cartEntityId },
  );

describe('addToCart', () => {
  it('creates the cart on first use, then adds to it, keeping id and cart in storage', async () => {
    expect(await addToCart([mugLine(blueMug)])).toEqual({ ok: true });
    const id = $cartId.get();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await addToCart([mugLine(greenMug, 2)])).toEqual({ ok: true });
    expect($cartId.get()).toBe(id);
    expect($cartCount.get()).toBe(3);
    expect($cart.get()?.lines.map((l) => [l.sku, l.quantity])).toEqual([
      [blueMug.sku, 1],
      [greenMug.sku, 2],
    ]);
    expect(getTestStorage()[CART_ID_KEY]).toBe(id);
    expect(JSON.parse(getTestStorage()[CART_SNAPSHOT_KEY]).count).toBe(3);
    expect($cartStatus.get()).toEqual({ state: 'idle' });
  });

  it('says "stock" and changes nothing when too few units are left', async () => {
    await addToCart([mugLine(blueMug)]);
    const before = $cart.get();
    const result = await addToCart([mugLine(blueMug, 10_000)]);
    expect(result).toMatchObject({
      ok: false,
      failure: { kind: 'stock', message: expect.stringMatching(/^Not enough stock/) },
    });
    expect($cart.get()).toEqual(before);
    expect($cartStatus.get()).toEqual({ state: 'idle' });
  });

  it('keeps a change that failed while the store was down, and applies it once on retry', async () => {
    await addToCart([mugLine(blueMug)]);
    const before = $cart.get();
    store().setFaults({ serverErrors: 5 });
    const result = await addToCart([mugLine(greenMug, 2)]);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'unreachable' } });
    expect($cart.get()).toEqual(before);
    const status = $cartStatus.get();
    expect(status).toMatchObject({
      state: 'error',
      message: expect.stringContaining('could not reach the store'),
    });
    store().setFaults({});
    expect(status.state === 'error' && (await status.retry!())).toEqual({ ok: true });
    expect($cart.get()?.lines.map((l) => [l.sku, l.quantity])).toEqual([
      [blueMug.sku, 1],
      [greenMug.sku, 2],
    ]);
    expect($cartStatus.get()).toEqual({ state: 'idle' });
  });
});

describe('updateLine and removeLine', () => {
  it('set a line’s quantity, one change after another', async () => {
    await addToCart([mugLine(blueMug)]);
    const [{ id }] = $cart.get()!.lines;
    const results = await Promise.all([updateLine(id, 2), updateLine(id, 3)]);
    expect(results).toEqual([{ ok: true }, { ok: true }]);
    expect($cart.get()?.lines[0].quantity).toBe(3);
    expect($cartCount.get()).toBe(3);
  });

  it('forget the cart when its last line is removed (BigCommerce deletes it)', async () => {
    await addToCart([mugLine(blueMug), mugLine(greenMug)]);
    const [first, second] = $cart.get()!.lines;
    await removeLine(first.id);
    expect($cart.get()?.lines.map((l) => l.id)).toEqual([second.id]);
    expect(await removeLine(second.id)).toEqual({ ok: true });
    expect($cart.get()).toBeNull();
    expect($cartId.get()).toBeUndefined();
    expect(getTestStorage()).toEqual({});
  });
});

describe('refreshCart', () => {
  it('brings back a cart that is read back null (here deleted by another party) in a new cart', async () => {
    await addToCart([mugLine(blueMug), mugLine(greenMug, 2)]);
    const oldId = $cartId.get()!;
    await deleteCartAsMerchant(oldId);
    await refreshCart();
    expect($cartId.get()).not.toBe(oldId);
    expect($cart.get()?.lines.map((l) => [l.sku, l.quantity])).toEqual([
      [blueMug.sku, 1],
      [greenMug.sku, 2],
    ]);
  });

  it('reads the cart in full when the stored copy is out of date', async () => {
    await addToCart([mugLine(blueMug)]);
    const stale = { ...$cart.get()!, count: 7, lines: [] };
    $cart.set(stale);
    await refreshCart();
    expect($cart.get()?.count).toBe(1);
    expect($cart.get()?.lines).toHaveLength(1);
  });

  it('keeps the stored cart while the store is down', async () => {
    await addToCart([mugLine(blueMug)]);
    const before = $cart.get();
    store().setFaults({ serverErrors: 10 });
    await refreshCart();
    expect($cart.get()).toEqual(before);
  });
});

describe('checkout', () => {
  it('goes to a fresh single-use hosted checkout URL for the cart', async () => {
    await addToCart([mugLine(blueMug)]);
    const visited: string[] = [];
    expect(await checkout((url) => visited.push(url))).toEqual({ ok: true });
    await checkout((url) => visited.push(url));
    const id = $cartId.get()!;
    expect(visited).toHaveLength(2);
    for (const url of visited) {
      expect(url).toMatch(new RegExp(`/cart\\.php\\?action=loadInCheckout&id=${id}&token=[0-9a-f]{64}$`));
    }
    expect(visited[0]).not.toBe(visited[1]);
  });

  it('is not left pending when the shopper comes back through the back/forward cache', async () => {
    const window = new EventTarget();
    vi.stubGlobal('addEventListener', window.addEventListener.bind(window));
    try {
      await addToCart([mugLine(blueMug)]);
      expect(await checkout(() => undefined)).toEqual({ ok: true });
      // Leaving for checkout: the cart stays busy until the page is gone.
      expect($cartStatus.get()).toEqual({ state: 'pending' });
      window.dispatchEvent(new Event('pageshow'));
      expect($cartStatus.get()).toEqual({ state: 'idle' });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('offers a retry when the store is down, and does not navigate', async () => {
    await addToCart([mugLine(blueMug)]);
    store().setFaults({ serverErrors: 1 });
    const visited: string[] = [];
    expect(await checkout((url) => visited.push(url))).toMatchObject({
      ok: false,
      failure: { kind: 'unreachable' },
    });
    expect(visited).toEqual([]);
    const status = $cartStatus.get();
    expect(status.state === 'error' && (await status.retry!())).toEqual({ ok: true });
    expect(visited).toHaveLength(1);
  });
});
