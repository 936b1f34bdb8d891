/**
 * The cart's shared state: every island reads these stores, and only the cart's tasks write them, one
 * at a time in the queue below.
 */
import { persistentAtom } from '@nanostores/persistent';
import { atom, computed } from 'nanostores';
import type { CartResult } from './failures';
import { parseCartSnapshot, type Cart } from './model';

/** localStorage key of the cart id. */
export const CART_ID_KEY = 'bc-cart-id';
/** localStorage key of the last cart the store returned. */
export const CART_SNAPSHOT_KEY = 'bc-cart';

/** The shopper's cart id; BigCommerce does not remember it for a headless site. Synced across tabs. */
export const $cartId = persistentAtom<string | undefined>(CART_ID_KEY, undefined);

/**
 * The last cart the store returned, or null for none. Persisted too, so a reload shows it before the
 * store answers, another tab sees every change at once, and the lines (with their choices) can be put
 * in a new cart when the store loses this one.
 */
export const $cart = persistentAtom<Cart | null>(CART_SNAPSHOT_KEY, null, {
  encode: (cart) => (cart ? JSON.stringify(cart) : undefined),
  decode: parseCartSnapshot,
});

/** Units in the cart. */
export const $cartCount = computed($cart, (cart) => cart?.count ?? 0);

/** What the cart is doing: a failure carries its message and, when it makes sense, a retry. */
export type CartStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'error'; message: string; retry?: () => Promise<CartResult> };

/** Whether a cart request is in flight or has failed. */
export const $cartStatus = atom<CartStatus>({ state: 'idle' });

/** Whether the cart drawer is open; any island may open it. */
export const $drawerOpen = atom(false);

/** Makes `cart` the shopper's cart (null: none, and the id is forgotten). */
export function commit(cart: Cart | null): void {
  $cart.set(cart);
  $cartId.set(cart?.id);
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs cart tasks strictly one after another, so two quick clicks never race each other. */
export function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}
