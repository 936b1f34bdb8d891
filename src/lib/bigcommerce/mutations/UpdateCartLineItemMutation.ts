/** Changes one cart line, typically its quantity. */
import { CartFragment, type CartFields } from '../fragments/CartFragment';
import { graphql } from '../graphql';
import type { CartLineItemInput } from './cart-inputs';

/** `cart.updateCartLineItem`, returning the updated cart. */
export const UpdateCartLineItemMutation = graphql<UpdateCartLineItemData, UpdateCartLineItemVariables>(
  `
    mutation UpdateCartLineItemMutation($input: UpdateCartLineItemInput!) {
      cart {
        updateCartLineItem(input: $input) {
          cart {
            ...CartFragment
          }
        }
      }
    }
  `,
  [CartFragment],
);

/** Variables of `UpdateCartLineItemMutation`; BigCommerce wants the line's product id again. */
export type UpdateCartLineItemVariables = {
  input: { cartEntityId: string; lineItemEntityId: string; data: { lineItem: CartLineItemInput } };
};

/** Result of `UpdateCartLineItemMutation`. */
export type UpdateCartLineItemData = { cart: { updateCartLineItem: { cart: CartFields | null } | null } };
