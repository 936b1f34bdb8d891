import { getTestStorage } from '@nanostores/persistent';
import { describe, expect, it } from 'vitest';
import type { OptionRecord } from '../../local-store/data/types';
import { addToCart, checkout, removeLine, updateLine } from '../../src/lib/cart/actions';
import { refreshFullCart } from '../../src/lib/cart/read-cart';
import { refreshCart } from '../../src/lib/cart/refresh';
import { $lostLines } from '../../src/lib/cart/recovery-stores';
import { $cart, $cartId } from '../../src/lib/cart/stores';
import {
  blueMug,
  expireCart,
  greenMug,
  mugLine,
  sampleProduct,
  setStock,
  useLocalStore,
} from './store-session';

const store = useLocalStore();

const board = sampleProduct('/olive-wood-cutting-board/');
const option = (name: string) => board.options.find((candidate) => candidate.displayName === name)!;
const giftWrap = option('Gift wrap') as Extract<OptionRecord, { kind: 'Checkbox' }>;
const giftBox = option('Gift box') as Extract<OptionRecord, { kind: 'MultipleChoice' }>;
/** A cutting board with every kind of modifier chosen: engraving text, gift wrap, a gift box. */
const boardLine = {
  quantity: 1,
  productEntityId: board.entityId,
  variantEntityId: board.variants[0].entityId,
  selectedOptions: {
    textFields: [{ optionEntityId: option('Engraving').entityId, text: 'For Ada' }],
    checkboxes: [
      { optionEntityId: giftWrap.entityId, optionValueEntityId: giftWrap.checkedOptionValueEntityId },
    ],
    multipleChoices: [{ optionEntityId: giftBox.entityId, optionValueEntityId: giftBox.values[1].entityId }],
  },
};

/** What the shopper sees of each line. */
const shown = () => $cart.get()?.lines.map((line) => [line.sku, line.quantity, line.options]);

/** Adds `lines`, then has the store forget the cart; returns the forgotten id. */
async function cartThenForgotten(...lines: Parameters<typeof addToCart>[0]): Promise<string> {
  expect(await addToCart(lines)).toEqual({ ok: true });
  const id = $cartId.get()!;
  await expireCart(store(), id);
  return id;
}

describe('a cart the store no longer has', () => {
  it('comes back on the page-load check: every line, its choices and quantity, in a new cart', async () => {
    await addToCart([mugLine(blueMug, 2)]);
    const oldId = await cartThenForgotten(boardLine);
    const before = shown();
    expect(before?.[1][2]).toEqual(
      expect.arrayContaining([
        { name: 'Engraving', value: 'For Ada' },
        { name: 'Gift wrap', value: 'Yes' },
      ]),
    );
    await refreshCart();
    expect($cartId.get()).toBeTruthy();
    expect($cartId.get()).not.toBe(oldId);
    expect(shown()).toEqual(before);
    expect($lostLines.get()).toEqual([]);
    // The store holds it too, not just this page.
    await refreshFullCart();
    expect(shown()).toEqual(before);
  });

  it('comes back when the full read finds it gone', async () => {
    const oldId = await cartThenForgotten(mugLine(blueMug), mugLine(greenMug));
    await refreshFullCart();
    expect($cartId.get()).not.toBe(oldId);
    expect(shown()?.map(([sku]) => sku)).toEqual([blueMug.sku, greenMug.sku]);
  });

  it('stays as it was while the store is unreachable, and comes back once it answers', async () => {
    const oldId = await cartThenForgotten(mugLine(blueMug));
    const before = $cart.get();
    store().setFaults({ serverErrors: 100 });
    await refreshCart();
    expect($cart.get()).toEqual(before);
    expect($cartId.get()).toBe(oldId);
    store().setFaults({});
    await refreshCart();
    expect($cartId.get()).not.toBe(oldId);
    expect(shown()?.map(([sku]) => sku)).toEqual([blueMug.sku]);
  });

  it('keeps the lines the store takes and names each other one with why', async () => {
    await addToCart([mugLine(blueMug), mugLine(greenMug)]);
    const [, green] = $cart.get()!.lines;
    // A product deleted since, as the store sees a line for a product it does not sell.
    const gone = { ...green, id: 'gone-line', productId: 987_654, variantId: null, name: 'Old Vase' };
    $cart.set({ ...$cart.get()!, lines: [...$cart.get()!.lines, gone] });
    await setStock(store(), { [greenMug.sku]: 0 });
    await expireCart(store(), $cartId.get()!);
    await refreshCart();
    expect(shown()?.map(([sku]) => sku)).toEqual([blueMug.sku]);
    expect($lostLines.get()).toEqual([
      { name: green.name, options: green.options, reason: 'out-of-stock' },
      { name: 'Old Vase', options: green.options, reason: 'gone' },
    ]);
  });

  it('is forgotten, not brought back, once it was handed to checkout (the order took it)', async () => {
    await addToCart([mugLine(blueMug)]);
    await checkout(() => undefined);
    await expireCart(store(), $cartId.get()!);
    await refreshCart();
    expect($cart.get()).toBeNull();
    expect($cartId.get()).toBeUndefined();
    expect(getTestStorage()).toEqual({});
  });

  it('is brought back after checkout when the shopper changed it since', async () => {
    await addToCart([mugLine(blueMug)]);
    await checkout(() => undefined);
    await updateLine($cart.get()!.lines[0].id, 2);
    await expireCart(store(), $cartId.get()!);
    await refreshCart();
    expect(shown()?.map(([sku, quantity]) => [sku, quantity])).toEqual([[blueMug.sku, 2]]);
  });
});

describe('a change to a cart the store no longer has', () => {
  it('an add: the remembered lines come back and the new one joins them', async () => {
    const oldId = await cartThenForgotten(mugLine(blueMug));
    expect(await addToCart([mugLine(greenMug)])).toEqual({ ok: true });
    expect($cartId.get()).not.toBe(oldId);
    expect(shown()?.map(([sku]) => sku)).toEqual([blueMug.sku, greenMug.sku]);
  });

  it('a quantity change: made on the line in the new cart', async () => {
    const oldId = await cartThenForgotten(mugLine(blueMug), mugLine(greenMug));
    expect(await updateLine($cart.get()!.lines[0].id, 3)).toEqual({ ok: true });
    expect($cartId.get()).not.toBe(oldId);
    expect(shown()?.map(([sku, quantity]) => [sku, quantity])).toEqual([
      [blueMug.sku, 3],
      [greenMug.sku, 1],
    ]);
  });

  it('a remove: the other lines come back without it', async () => {
    await cartThenForgotten(mugLine(blueMug), mugLine(greenMug));
    expect(await removeLine($cart.get()!.lines[0].id)).toEqual({ ok: true });
    expect(shown()?.map(([sku]) => sku)).toEqual([greenMug.sku]);
  });

  it('removing its only line leaves no cart', async () => {
    await cartThenForgotten(mugLine(blueMug));
    expect(await removeLine($cart.get()!.lines[0].id)).toEqual({ ok: true });
    expect($cart.get()).toBeNull();
    expect($cartId.get()).toBeUndefined();
  });

  it('checkout: goes on with the new cart when every line came back', async () => {
    await cartThenForgotten(mugLine(blueMug));
    const visited: string[] = [];
    expect(await checkout((url) => visited.push(url))).toEqual({ ok: true });
    expect(visited).toHaveLength(1);
    expect(visited[0]).toContain(`&id=${$cartId.get()}&`);
  });
});

describe('a quantity change', () => {
  it('keeps the line’s choices (the store replaces the whole line)', async () => {
    await addToCart([boardLine]);
    const [line] = $cart.get()!.lines;
    expect(await updateLine(line.id, 2)).toEqual({ ok: true });
    expect(shown()).toEqual([[line.sku, 2, line.options]]);
  });
});
