/** Removes one cart line; removing the last line deletes the whole cart. */
import { CartFragment, type CartFields } from '../fragments/CartFragment';
import { graphql } from '../graphql';

/** `cart.deleteCartLineItem`: `cart` is null and `deletedCartEntityId` set when the cart went with it. */
export const DeleteCartLineItemMutation = graphql<DeleteCartLineItemData, DeleteCartLineItemVariables>(
  `
    mutation DeleteCartLineItemMutation($input: DeleteCartLineItemInput!) {
      cart {
        deleteCartLineItem(input: $input) {
          deletedLineItemEntityId
          deletedCartEntityId
          cart {
            ...CartFragment
          }
        }
      }
    }
  `,
  [CartFragment],
);

/** Variables of `DeleteCartLineItemMutation`. */
export type DeleteCartLineItemVariables = { input: { cartEntityId: string; lineItemEntityId: string } };

/** Result of `DeleteCartLineItemMutation`. */
export type DeleteCartLineItemData = {
  cart: {
    deleteCartLineItem: {
      deletedLineItemEntityId: string | null;
      deletedCartEntityId: string | null;
      cart: CartFields | null;
    } | null;
  };
};
