/**
 * Bringing back a cart the store no longer has (expired after 30 days, or read back null): the lines it
 * held go into a new cart, and those the store refuses are kept to tell the shopper. Loaded only then.
 */
import { BigCommerceGraphQLError } from '../bigcommerce/errors';
import { classifyCartFailure } from './failures';
import { toLostLine, type LostLine } from './lost-lines';
import { toLineItemInput } from './line-input';
import type { Cart, CartLine } from './model';
import { addLineItems, createCart } from './requests';
import { $checkoutCartId, $lostLines } from './recovery-stores';
import { $cart, $cartId, commit } from './stores';

/** A new cart, or none when the store took no line, and the lines it refused. */
export interface Recreated {
  cart: Cart | null;
  lost: LostLine[];
}

/** Whether the store refused the lines themselves (stock, product, options), not the request. */
function refusedLines(error: unknown): boolean {
  const kind = classifyCartFailure(error).kind;
  return error instanceof BigCommerceGraphQLError && (kind === 'stock' || kind === 'rejected');
}

/** Puts `lines` in a new cart in `currency`: all at once, or, when the store refuses that, each it takes. */
export async function recreateCart(lines: readonly CartLine[], currency: string): Promise<Recreated> {
  const inputs = lines.map(toLineItemInput);
  try {
    return { cart: await createCart(inputs, currency), lost: [] };
  } catch (error) {
    if (!refusedLines(error)) throw error;
  }
  // One refused line fails the whole batch, and the error need not say which: try them one by one.
  let cart: Cart | null = null;
  const lost: LostLine[] = [];
  for (const [index, line] of lines.entries()) {
    try {
      const input = [inputs[index]];
      cart = cart ? await addLineItems(cart.id, input) : await createCart(input, currency);
    } catch (error) {
      if (!refusedLines(error)) throw error;
      lost.push(toLostLine(line, classifyCartFailure(error)));
    }
  }
  return { cart, lost };
}

/**
 * Answers the store saying cart `goneId` does not exist; run it in the serial queue. A cart handed to
 * checkout is forgotten, as its order most likely took it. Otherwise the lines it held (those `keep`
 * allows) go into a new cart, which becomes the shopper's, and the lines refused go to `$lostLines`.
 */
export async function replaceVanishedCart(
  goneId: string,
  keep: (line: CartLine) => boolean = () => true,
): Promise<Recreated> {
  const remembered = $cart.get();
  const lines =
    remembered?.id === goneId && $checkoutCartId.get() !== goneId ? remembered.lines.filter(keep) : [];
  if (!remembered || !lines.length) {
    commit(null);
    $checkoutCartId.set(undefined);
    return { cart: null, lost: [] };
  }
  const recreated = await recreateCart(lines, remembered.currency);
  // Another tab brought the cart back meanwhile: its cart stands.
  if ($cartId.get() !== goneId) return { cart: $cart.get(), lost: [] };
  commit(recreated.cart);
  if (recreated.lost.length) $lostLines.set(recreated.lost);
  return recreated;
}
