/** What a product card needs: identity, price, default image, brand, stock and rating. */
import { graphql } from '../graphql';
import { ImageFragment } from './ImageFragment';
import { PricesFragment } from './PricesFragment';

/** A product's card fields; cheap enough to fetch 50 at a time. */
export const ProductCardFragment = graphql(
  `
    fragment ProductCardFragment on Product {
      entityId
      sku
      name
      path
      brand {
        entityId
        name
        path
      }
      prices {
        ...PricesFragment
      }
      defaultImage {
        ...ImageFragment
      }
      inventory {
        isInStock
        aggregated {
          availableToSell
        }
      }
      reviewSummary {
        numberOfReviews
        summationOfRatings
      }
    }
  `,
  [PricesFragment, ImageFragment],
);
