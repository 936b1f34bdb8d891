/** Reading the whole cart back from the store: loaded when the cart is shown or has changed elsewhere. */
import { GetCartQuery } from '../bigcommerce/queries/GetCartQuery';
import { toCart } from './from-api';
import type { Cart } from './model';
import { cartClient } from './client';
import { replaceVanishedCart } from './recreate';
import { $cartId, commit, serially } from './stores';

/** Reads a cart; null when it is unknown, deleted or expired. */
export async function readCart(cartId: string): Promise<Cart | null> {
  return toCart((await cartClient().request(GetCartQuery, { cartId })).site.cart);
}

let reading: Promise<void> | undefined;

/**
 * Replaces the stored cart with the store's (calls while one is under way share it), bringing back one
 * the store lost; a failure keeps the stored cart.
 */
export function refreshFullCart(): Promise<void> {
  reading ??= serially(async () => {
    const id = $cartId.get();
    const cart = id ? await readCart(id).catch(() => undefined) : null;
    if (cart === undefined || $cartId.get() !== id) return;
    if (cart || !id) return commit(cart);
    await replaceVanishedCart(id).catch(() => undefined);
  }).finally(() => (reading = undefined));
  return reading;
}
