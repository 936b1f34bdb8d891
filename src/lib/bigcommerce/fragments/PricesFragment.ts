/** Every price a product or variant shows: current, sale, base, retail and the range. */
import { graphql } from '../graphql';
import { MoneyFragment } from './MoneyFragment';

/** The prices of a product or variant in the store's default currency. */
export const PricesFragment = graphql(
  `
    fragment PricesFragment on Prices {
      price {
        ...MoneyFragment
      }
      salePrice {
        ...MoneyFragment
      }
      basePrice {
        ...MoneyFragment
      }
      retailPrice {
        ...MoneyFragment
      }
      priceRange {
        min {
          ...MoneyFragment
        }
        max {
          ...MoneyFragment
        }
      }
    }
  `,
  [MoneyFragment],
);
