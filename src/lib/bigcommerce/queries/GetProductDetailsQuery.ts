/** Detail fields of a small batch of products, looked up by id. */
import { graphql } from '../graphql';
import type { ApiConnection, ApiProductDetails } from '../catalog-fields';
import { ProductDetailsFragment } from '../fragments/ProductDetailsFragment';

/** Products per detail request: each scores about 870 of BigCommerce's 10,000 complexity points. */
export const PRODUCT_DETAILS_BATCH_SIZE = 10;

/** `ProductDetailsFragment` for the given product ids (`first` must be at least their number). */
export const GetProductDetailsQuery = graphql<GetProductDetailsData, GetProductDetailsVariables>(
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

/** Variables of `GetProductDetailsQuery`. */
export type GetProductDetailsVariables = { entityIds: number[]; first: number };

/** Result of `GetProductDetailsQuery`: the products still there, in no promised order. */
export type GetProductDetailsData = { site: { products: ApiConnection<ApiProductDetails> } };
