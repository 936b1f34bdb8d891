/**
 * The part of the cart every page runs at once: checking the stored cart against the store. The full
 * read (`read-cart.ts`, which also brings back a vanished cart) and the changes (`actions.ts`) load
 * only when needed.
 */
import { GetCartSummaryQuery } from '../bigcommerce/queries/GetCartSummaryQuery';
import { cartClient } from './client';
import { $cart, $cartId, serially } from './stores';

let refreshing: Promise<void> | undefined;

/**
 * Checks the stored cart against the store cheaply, as islands hydrate (calls while one is under way
 * share it): a cart that is gone is brought back with its lines (or forgotten after checkout), and one
 * that differs from the stored copy is read in full. Offline, the stored copy stays.
 */
export function refreshCart(): Promise<void> {
  refreshing ??= serially(async () => {
    const id = $cartId.get();
    if (!id) return void $cart.set(null);
    const data = await cartClient()
      .request(GetCartSummaryQuery, { cartId: id })
      .catch(() => undefined);
    const summary = data?.site.cart;
    if (!data || $cartId.get() !== id) return;
    // Gone: the full read finds it gone too, and brings its lines back in a new cart.
    if (!summary) return true;
    const stored = $cart.get();
    return stored?.id !== id || stored.count !== summary.lineItems.totalQuantity;
  })
    .then(async (stale) => {
      if (stale) await (await import('./read-cart')).refreshFullCart();
    })
    .finally(() => (refreshing = undefined));
  return refreshing;
}
