/**
 * Cart actions: plain async functions the islands call (and load when the shopper first changes
 * something). They run one at a time, keep the stores in step with the store's answers, start a new cart
 * when the old one vanished, and keep a failed change for a retry.
 */
import type { GraphQLDocument } from '../bigcommerce/graphql';
import {
  AddCartLineItemsMutation,
  type AddCartLineItemsData,
} from '../bigcommerce/mutations/AddCartLineItemsMutation';
import type { CartLineItemInput } from '../bigcommerce/mutations/cart-inputs';
import { CreateCartMutation, type CreateCartData } from '../bigcommerce/mutations/CreateCartMutation';
import {
  CreateCartRedirectUrlsMutation,
  type CreateCartRedirectUrlsData,
} from '../bigcommerce/mutations/CreateCartRedirectUrlsMutation';
import {
  DeleteCartLineItemMutation,
  type DeleteCartLineItemData,
} from '../bigcommerce/mutations/DeleteCartLineItemMutation';
import {
  UpdateCartLineItemMutation,
  type UpdateCartLineItemData,
} from '../bigcommerce/mutations/UpdateCartLineItemMutation';
import { classifyCartFailure, type CartResult } from './failures';
import { toCart } from './from-api';
import { quantityInCart, type Cart } from './model';
import { readCart } from './read-cart';
import { cartClient } from './client';
import { serially } from './serial-queue';
import { $cart, $cartId, $cartStatus, commit } from './stores';

/** A change the shopper asked for. */
export type CartChange =
  | { kind: 'add'; lines: CartLineItemInput[] }
  | { kind: 'update'; lineId: string; quantity: number }
  | { kind: 'remove'; lineId: string };

const mutate = <TData>(document: GraphQLDocument, input: Record<string, unknown>) =>
  cartClient().request<TData>(document, { input });

/** The cart an add or update answered with; only a delete may leave no cart. */
function expectCart(fields: Parameters<typeof toCart>[0]): Cart {
  const cart = toCart(fields);
  if (!cart) throw new Error('The store answered a cart change without the cart');
  return cart;
}

async function send(change: CartChange, cartId: string | undefined): Promise<Cart | null> {
  if (change.kind === 'add') {
    const lineItems = change.lines;
    const cart = cartId
      ? (
          await mutate<AddCartLineItemsData>(AddCartLineItemsMutation, {
            cartEntityId: cartId,
            data: { lineItems },
          })
        ).cart.addCartLineItems?.cart
      : (await mutate<CreateCartData>(CreateCartMutation, { lineItems })).cart.createCart?.cart;
    return expectCart(cart);
  }
  const line = $cart.get()?.lines.find((candidate) => candidate.id === change.lineId);
  if (!cartId || !line) return $cart.get();
  const target = { cartEntityId: cartId, lineItemEntityId: line.id };
  if (change.kind === 'remove' || change.quantity < 1) {
    // Removing the last line deletes the cart: `cart` comes back null.
    return toCart(
      (await mutate<DeleteCartLineItemData>(DeleteCartLineItemMutation, target)).cart.deleteCartLineItem
        ?.cart,
    );
  }
  const lineItem: CartLineItemInput = { quantity: change.quantity, productEntityId: line.productId };
  if (line.variantId !== null) lineItem.variantEntityId = line.variantId;
  const data = await mutate<UpdateCartLineItemData>(UpdateCartLineItemMutation, {
    ...target,
    data: { lineItem },
  });
  return expectCart(data.cart.updateCartLineItem?.cart);
}

async function apply(change: CartChange): Promise<CartResult> {
  const before = $cart.get();
  $cartStatus.set({ state: 'pending' });
  try {
    try {
      commit(await send(change, $cartId.get()));
    } catch (error) {
      if (classifyCartFailure(error).kind !== 'missing-cart') throw error;
      // The cart expired or vanished: forget it, and start a new one with this change if it adds something.
      commit(null);
      if (change.kind === 'add') commit(await send(change, undefined));
    }
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
      const data = await mutate<CreateCartRedirectUrlsData>(CreateCartRedirectUrlsMutation, { cartEntityId });
      const url = data.cart.createCartRedirectUrls.redirectUrls?.redirectedCheckoutUrl;
      if (!url) throw new Error('createCartRedirectUrls returned no checkout URL');
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
