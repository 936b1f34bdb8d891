/** Deletes a whole cart. */
import { graphql } from '../graphql';

/** `cart.deleteCart`, returning the deleted cart's id. */
export const DeleteCartMutation = graphql<DeleteCartData, DeleteCartVariables>(`
  mutation DeleteCartMutation($input: DeleteCartInput!) {
    cart {
      deleteCart(input: $input) {
        deletedCartEntityId
      }
    }
  }
`);

/** Variables of `DeleteCartMutation`. */
export type DeleteCartVariables = { input: { cartEntityId: string } };

/** Result of `DeleteCartMutation`. */
export type DeleteCartData = { cart: { deleteCart: { deletedCartEntityId: string | null } | null } };
