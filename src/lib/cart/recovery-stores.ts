/**
 * What the cart keeps to bring a vanished cart back well: which cart went to checkout, and the lines
 * that could not come back. Apart from `stores.ts`, so pages load it only with the cart's changes.
 */
import { persistentAtom } from '@nanostores/persistent';
import { parseLostLines, type LostLine } from './lost-lines';

/** localStorage key of the id of the cart last handed to the hosted checkout. */
export const CHECKOUT_CART_KEY = 'bc-cart-checkout';
/** localStorage key of the lines a vanished cart's replacement could not take. */
export const LOST_LINES_KEY = 'bc-cart-lost';

/**
 * The cart last handed to the hosted checkout. When the store later says that cart is gone, its order
 * most likely took it, so its lines are not brought back. The shopper's next change clears it.
 */
export const $checkoutCartId = persistentAtom<string | undefined>(CHECKOUT_CART_KEY, undefined);

/** Lines a vanished cart held that its replacement could not take; shown until the shopper dismisses them. */
export const $lostLines = persistentAtom<LostLine[]>(LOST_LINES_KEY, [], {
  encode: (lines) => (lines.length ? JSON.stringify(lines) : undefined),
  decode: parseLostLines,
});
