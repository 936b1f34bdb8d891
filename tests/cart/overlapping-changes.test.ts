import { describe, expect, it, vi } from 'vitest';
import { addToCart, updateLine } from '../../src/lib/cart/actions';
import { $cart } from '../../src/lib/cart/stores';
import { blueMug, greenMug, mugLine, useLocalStore } from './store-session';

/** Each request's operation when sent and when answered, in order. */
const traffic: string[] = [];
/** When set, the next request waits for it before it reaches the store. */
let holdNext: Promise<void> | undefined;

useLocalStore((base) => async (input, init) => {
  const operation = /operation=(\w+)/.exec(String(input))?.[1] ?? String(input);
  traffic.push(`sent ${operation}`);
  const hold = holdNext;
  holdNext = undefined;
  await hold;
  const response = await base(input, init);
  traffic.push(`answered ${operation}`);
  return response;
});

describe('two overlapping changes', () => {
  it('both land in one cart when the shopper adds twice before the first reply', async () => {
    const results = await Promise.all([addToCart([mugLine(blueMug)]), addToCart([mugLine(greenMug)])]);
    expect(results).toEqual([{ ok: true }, { ok: true }]);
    expect($cart.get()?.lines.map((l) => l.sku)).toEqual([blueMug.sku, greenMug.sku]);
  });

  it('are sent one after the other: the second waits for the first reply', async () => {
    await addToCart([mugLine(blueMug)]);
    const [{ id }] = $cart.get()!.lines;
    let release = () => {};
    holdNext = new Promise((resolve) => (release = resolve));
    traffic.length = 0;
    const changes = Promise.all([updateLine(id, 2), updateLine(id, 3)]);
    await vi.waitFor(() => expect(traffic).toContain('sent UpdateCartLineItemMutation'));
    release();
    expect(await changes).toEqual([{ ok: true }, { ok: true }]);
    expect(traffic).toEqual([
      'sent UpdateCartLineItemMutation',
      'answered UpdateCartLineItemMutation',
      'sent UpdateCartLineItemMutation',
      'answered UpdateCartLineItemMutation',
    ]);
    expect($cart.get()?.lines[0].quantity).toBe(3);
  });
});
