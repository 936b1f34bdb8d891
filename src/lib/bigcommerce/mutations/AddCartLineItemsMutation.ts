/** Adds lines to an existing cart (not idempotent: sending it twice adds twice). */
import { CartFragment, type CartFields } from '../fragments/CartFragment';
import { graphql } from '../graphql';
import type { CartLineItemInput } from './cart-inputs';

/** `cart.addCartLineItems`, returning the updated cart. */
export const AddCartLineItemsMutation = graphql<AddCartLineItemsData, AddCartLineItemsVariables>(
  `
    mutation AddCartLineItemsMutation($input: AddCartLineItemsInput!) {
      cart {
        addCartLineItems(input: $input) {
          cart {
            ...CartFragment
          }
        }
      }
    }
  `,
  [CartFragment],
);

/** Variables of `AddCartLineItemsMutation`. */
export type AddCartLineItemsVariables = {
  input: { cartEntityId: string; data: { lineItems: CartLineItemInput[] } };
};

/** Result of `AddCartLineItemsMutation`. */
export type AddCartLineItemsData = { cart: { addCartLineItems: { cart: CartFields | null } | null } };
