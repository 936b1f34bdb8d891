/**
 * Cart actions: plain async functions the islands call (and load when the shopper first changes
 * something). They run one at a time, keep the stores in step with the store's answers, bring back a
 * cart that vanished (with the change made on the new one), and keep a failed change for a retry.
 */
import type { CartLineItemInput } from '../bigcommerce/mutations/cart-inputs';
import { CreateCartRedirectUrlsMutation } from '../bigcommerce/mutations/CreateCartRedirectUrlsMutation';
import { DeleteCartLineItemMutation } from '../bigcommerce/mutations/DeleteCartLineItemMutation';
import { UpdateCartLineItemMutation } from '../bigcommerce/mutations/UpdateCartLineItemMutation';
import { classifyCartFailure, type CartResult } from './failures';
import { toCart } from './from-api';
import { isSameChoice, toLineItemInput } from './line-input';
import { quantityInCart, type Cart } from './model';
import { readCart } from './read-cart';
import { replaceVanishedCart } from './recreate';
import { addLineItems, createCart, expectCart, mutate } from './requests';
import { $checkoutCartId } from './recovery-stores';
import { $cart, $cartId, $cartStatus, commit, serially } from './stores';

/** A change the shopper asked for. */
export type CartChange =
  | { kind: 'add'; lines: CartLineItemInput[] }
  | { kind: 'update'; lineId: string; quantity: number }
  | { kind: 'remove'; lineId: string };

async function send(change: CartChange, cartId: string | undefined): Promise<Cart | null> {
  if (change.kind === 'add') return cartId ? addLineItems(cartId, change.lines) : createCart(change.lines);
  const line = $cart.get()?.lines.find((candidate) => candidate.id === change.lineId);
  if (!cartId || !line) return $cart.get();
  const target = { cartEntityId: cartId, lineItemEntityId: line.id };
  if (change.kind === 'remove' || change.quantity < 1) {
    // Removing the last line deletes the cart: `cart` comes back null.
    return toCart((await mutate(DeleteCartLineItemMutation, target)).cart.deleteCartLineItem?.cart);
  }
  // The line's choices go too: the store replaces the whole line, modifiers included.
  const lineItem = toLineItemInput({ ...line, quantity: change.quantity });
  const data = await mutate(UpdateCartLineItemMutation, {
    ...target,
    data: { lineItem },
  });
  return expectCart(data.cart.updateCartLineItem?.cart);
}

/** The cart `goneId` vanished under `change`: its other lines go into a new cart, then the change is made there. */
async function applyToNewCart(change: CartChange, goneId: string): Promise<void> {
  const changed = change.kind === 'add' ? undefined : $cart.get()?.lines.find((l) => l.id === change.lineId);
  const removes = change.kind === 'remove' || (change.kind === 'update' && change.quantity < 1);
  const { cart } = await replaceVanishedCart(goneId, (line) => !(removes && line.id === changed?.id));
  if (change.kind === 'add') return commit(await send(change, cart?.id));
  const same = changed && !removes ? cart?.lines.find((line) => isSameChoice(line, changed)) : undefined;
  if (cart && same) commit(await send({ ...change, lineId: same.id }, cart.id));
}

async function apply(change: CartChange): Promise<CartResult> {
  const before = $cart.get();
  $cartStatus.set({ state: 'pending' });
  try {
    const cartId = $cartId.get();
    try {
      commit(await send(change, cartId));
    } catch (error) {
      if (!cartId || classifyCartFailure(error).kind !== 'missing-cart') throw error;
      await applyToNewCart(change, cartId);
    }
    // A change after coming back from checkout: the shopper is still shopping with this cart.
    $checkoutCartId.set(undefined);
    $cartStatus.set({ state: 'idle' });
    return { ok: true };
  } catch (error) {
    const failure = classifyCartFailure(error);
    $cartStatus.set(
      failure.kind === 'stock'
        ? { state: 'idle' }
        : { state: 'error', message: failure.message, retry: () => serially(() => retry(change, before)) },
    );
    return { ok: false, failure };
  }
}

/** Sends a failed change again, unless a failed add reached the store after all (a 5xx after applying it). */
async function retry(change: CartChange, before: Cart | null): Promise<CartResult> {
  if (change.kind === 'add' && before) {
    const now = await readCart(before.id).catch(() => undefined);
    const landed = (line: CartLineItemInput) =>
      quantityInCart(now ?? null, line.productEntityId, line.variantEntityId) >=
      quantityInCart(before, line.productEntityId, line.variantEntityId) + line.quantity;
    if (now && change.lines.every(landed)) {
      commit(now);
      $cartStatus.set({ state: 'idle' });
      return { ok: true };
    }
  }
  return apply(change);
}

/** Adds lines, creating the cart on first use. */
export function addToCart(lines: CartLineItemInput[]): Promise<CartResult> {
  return serially(() => apply({ kind: 'add', lines }));
}

/** Sets a line's quantity; 0 removes it. */
export function updateLine(lineId: string, quantity: number): Promise<CartResult> {
  return serially(() => apply({ kind: 'update', lineId, quantity }));
}

/** Removes a line; removing the last one empties the cart and forgets its id. */
export function removeLine(lineId: string): Promise<CartResult> {
  return serially(() => apply({ kind: 'remove', lineId }));
}

async function checkoutUrl(cartEntityId: string): Promise<string> {
  const data = await mutate(CreateCartRedirectUrlsMutation, { cartEntityId });
  const url = data.cart.createCartRedirectUrls.redirectUrls?.redirectedCheckoutUrl;
  if (!url) throw new Error('createCartRedirectUrls returned no checkout URL');
  return url;
}

/** The checkout URL of the shopper's cart, or of its replacement when it vanished and came back whole. */
async function checkoutUrlOrReplace(cartEntityId: string): Promise<string | CartResult> {
  try {
    return await checkoutUrl(cartEntityId);
  } catch (error) {
    if (classifyCartFailure(error).kind !== 'missing-cart') throw error;
  }
  const { cart, lost } = await replaceVanishedCart(cartEntityId);
  if (cart && !lost.length) return checkoutUrl(cart.id);
  const failure = { kind: 'missing-cart', message: 'Your cart had expired.' } as const;
  // Lines that could not come back are listed in the cart, so the shopper sees them before paying.
  $cartStatus.set(lost.length ? { state: 'idle' } : { state: 'error', message: failure.message });
  return { ok: false, failure };
}

/** Sends the shopper to BigCommerce's hosted checkout with a URL made just now (they are single-use). */
export function checkout(
  navigate: (url: string) => void = (url) => location.assign(url),
): Promise<CartResult> {
  return serially(async (): Promise<CartResult> => {
    const cartEntityId = $cartId.get();
    if (!cartEntityId)
      return { ok: false, failure: { kind: 'missing-cart', message: 'Your cart is empty.' } };
    $cartStatus.set({ state: 'pending' });
    // Coming back from checkout through the back/forward cache must not leave the cart pending.
    globalThis.addEventListener?.('pageshow', () => $cartStatus.set({ state: 'idle' }), { once: true });
    try {
      const url = await checkoutUrlOrReplace(cartEntityId);
      if (typeof url !== 'string') return url;
      $checkoutCartId.set($cartId.get());
      navigate(url);
      return { ok: true };
    } catch (error) {
      const failure = classifyCartFailure(error);
      if (failure.kind === 'missing-cart') commit(null);
      const again = failure.kind === 'missing-cart' ? undefined : () => checkout(navigate);
      $cartStatus.set({ state: 'error', message: failure.message, retry: again });
      return { ok: false, failure };
    }
  });
}
