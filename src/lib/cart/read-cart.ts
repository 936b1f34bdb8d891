/** Reading the whole cart back from the store: loaded when the cart is shown or has changed elsewhere. */
import { GetCartQuery, type GetCartData } from '../bigcommerce/queries/GetCartQuery';
import { toCart } from './from-api';
import type { Cart } from './model';
import { cartClient } from './client';
import { serially } from './serial-queue';
import { $cartId, commit } from './stores';

/** Reads a cart; null when it is unknown, deleted or expired. */
export async function readCart(cartId: string): Promise<Cart | null> {
  return toCart((await cartClient().request<GetCartData>(GetCartQuery, { cartId })).site.cart);
}

let reading: Promise<void> | undefined;

/** Replaces the stored cart with the store's (calls while one is under way share it); a failure keeps it. */
export function refreshFullCart(): Promise<void> {
  reading ??= serially(async () => {
    const id = $cartId.get();
    const cart = id ? await readCart(id).catch(() => undefined) : null;
    if (cart !== undefined && $cartId.get() === id) commit(cart);
  }).finally(() => (reading = undefined));
  return reading;
}
