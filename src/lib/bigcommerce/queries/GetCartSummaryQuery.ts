/** Whether a cart still exists and how many units it holds: the cheap check every page makes. */
import { graphql } from '../graphql';

/** `site.cart(entityId)` with its id and unit count only. */
export const GetCartSummaryQuery = graphql<GetCartSummaryData, GetCartSummaryVariables>(`
  query GetCartSummaryQuery($cartId: String!) {
    site {
      cart(entityId: $cartId) {
        entityId
        lineItems {
          totalQuantity
        }
      }
    }
  }
`);

/** Variables of `GetCartSummaryQuery`. */
export type GetCartSummaryVariables = { cartId: string };

/** Result of `GetCartSummaryQuery`; `cart` is null when it is unknown, deleted or expired. */
export type GetCartSummaryData = {
  site: { cart: { entityId: string; lineItems: { totalQuantity: number } } | null };
};
