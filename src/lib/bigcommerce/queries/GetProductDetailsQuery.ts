/** Detail fields of a small batch of products, looked up by id. */
import { graphql } from '../graphql';
import { ProductDetailsFragment } from '../fragments/ProductDetailsFragment';

/** Products per detail request: each scores about 870 of BigCommerce's 10,000 complexity points. */
export const PRODUCT_DETAILS_BATCH_SIZE = 10;

/** `ProductDetailsFragment` for the given product ids (`first` must be at least their number). */
export const GetProductDetailsQuery = graphql(
  `
    query GetProductDetailsQuery($entityIds: [Int!]!, $first: Int!) {
      site {
        products(entityIds: $entityIds, first: $first) {
          edges {
            node {
              ...ProductDetailsFragment
            }
          }
        }
      }
    }
  `,
  [ProductDetailsFragment],
);
