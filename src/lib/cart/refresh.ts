/**
 * The part of the cart every page runs at once: checking the stored cart against the store. The full
 * read (`read-cart.ts`) and the changes (`actions.ts`) load only when needed.
 */
import { GetCartSummaryQuery, type GetCartSummaryData } from '../bigcommerce/queries/GetCartSummaryQuery';
import { cartClient } from './client';
import { serially } from './serial-queue';
import { $cart, $cartId, commit } from './stores';

let refreshing: Promise<void> | undefined;

/**
 * Checks the stored cart against the store cheaply, as islands hydrate (calls while one is under way
 * share it): a cart that is gone (expired, or checked out) is forgotten, and one that differs from the
 * stored copy is read in full. Offline, the stored copy stays.
 */
export function refreshCart(): Promise<void> {
  refreshing ??= serially(async () => {
    const id = $cartId.get();
    if (!id) return void $cart.set(null);
    const data = await cartClient()
      .request<GetCartSummaryData>(GetCartSummaryQuery, { cartId: id })
      .catch(() => undefined);
    const summary = data?.site.cart;
    if (!data || $cartId.get() !== id) return;
    if (!summary) return commit(null);
    const stored = $cart.get();
    return stored?.id !== id || stored.count !== summary.lineItems.totalQuantity;
  })
    .then(async (stale) => {
      if (stale) await (await import('./read-cart')).refreshFullCart();
    })
    .finally(() => (refreshing = undefined));
  return refreshing;
}
