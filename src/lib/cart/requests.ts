/** The cart's change requests to the store, each answering with the cart model. */
import type { GraphQLDocument } from '../bigcommerce/graphql';
import { AddCartLineItemsMutation } from '../bigcommerce/mutations/AddCartLineItemsMutation';
import type { CartLineItemInput } from '../bigcommerce/mutations/cart-inputs';
import { CreateCartMutation } from '../bigcommerce/mutations/CreateCartMutation';
import { cartClient } from './client';
import { toCart } from './from-api';
import type { Cart } from './model';

/** Sends a cart mutation with its one `input` variable. */
export const mutate = <TData, TInput>(
  document: GraphQLDocument<TData, { input: TInput }>,
  input: NoInfer<TInput>,
) => cartClient().request(document, { input });

/** The cart a change answered with; only a delete may leave no cart. */
export function expectCart(fields: Parameters<typeof toCart>[0]): Cart {
  const cart = toCart(fields);
  if (!cart) throw new Error('The store answered a cart change without the cart');
  return cart;
}

/** A new cart holding `lineItems`, in `currencyCode` (default the store's). */
export async function createCart(lineItems: CartLineItemInput[], currencyCode?: string): Promise<Cart> {
  const input = { lineItems, ...(currencyCode ? { currencyCode } : {}) };
  return expectCart((await mutate(CreateCartMutation, input)).cart.createCart?.cart);
}

/** Adds `lineItems` to cart `cartEntityId`. */
export async function addLineItems(cartEntityId: string, lineItems: CartLineItemInput[]): Promise<Cart> {
  const data = await mutate(AddCartLineItemsMutation, {
    cartEntityId,
    data: { lineItems },
  });
  return expectCart(data.cart.addCartLineItems?.cart);
}
