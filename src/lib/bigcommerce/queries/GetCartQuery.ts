/** Reads a cart by id; `cart` is null when it is unknown, deleted or expired. */
import { CartFragment, type CartFields } from '../fragments/CartFragment';
import { graphql } from '../graphql';

/** `site.cart(entityId)` with the drawer's fields. */
export const GetCartQuery = graphql<GetCartData, GetCartVariables>(
  `
    query GetCartQuery($cartId: String!) {
      site {
        cart(entityId: $cartId) {
          ...CartFragment
        }
      }
    }
  `,
  [CartFragment],
);

/** Variables of `GetCartQuery`. */
export type GetCartVariables = { cartId: string };

/** Result of `GetCartQuery`. */
export type GetCartData = { site: { cart: CartFields | null } };
