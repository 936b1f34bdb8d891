/** The two prices a live check needs: what the shopper pays now, and the price before a sale. */
import { graphql } from '../graphql';

/** `price` and `basePrice` of a product or variant, as value and currency. */
export const LivePricesFragment = graphql(`
  fragment LivePricesFragment on Prices {
    price {
      value
      currencyCode
    }
    basePrice {
      value
      currencyCode
    }
  }
`);
