/** Creates a cart with its first lines; the site keeps the returned id (BigCommerce does not). */
import { CartFragment, type CartFields } from '../fragments/CartFragment';
import { graphql } from '../graphql';
import type { CartLineItemInput } from './cart-inputs';

/** `cart.createCart`, returning the new cart. */
export const CreateCartMutation = graphql<CreateCartData, CreateCartVariables>(
  `
    mutation CreateCartMutation($input: CreateCartInput!) {
      cart {
        createCart(input: $input) {
          cart {
            ...CartFragment
          }
        }
      }
    }
  `,
  [CartFragment],
);

/** Variables of `CreateCartMutation`; `currencyCode` defaults to the store's. */
export type CreateCartVariables = {
  input: { lineItems: CartLineItemInput[]; currencyCode?: string; locale?: string };
};

/** Result of `CreateCartMutation`. */
export type CreateCartData = { cart: { createCart: { cart: CartFields | null } | null } };
