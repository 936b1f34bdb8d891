/** Named products with their card fields, 50 at a time: the incremental export's product list. */
import { graphql } from '../graphql';
import { PageInfoFragment } from '../fragments/PageInfoFragment';
import { ProductCardFragment } from '../fragments/ProductCardFragment';
import type { GetProductsData } from './GetProductsQuery';
import { PRODUCTS_PAGE_SIZE } from './GetProductsQuery';

/** The products among `entityIds` still visible on the channel, in the store's order, `after` a cursor. */
export const GetProductsByIdQuery = graphql<GetProductsData, GetProductsByIdVariables>(
  `
    query GetProductsByIdQuery($entityIds: [Int!]!, $after: String) {
      site {
        products(entityIds: $entityIds, first: ${PRODUCTS_PAGE_SIZE}, after: $after) {
          collectionInfo {
            totalItems
          }
          pageInfo {
            ...PageInfoFragment
          }
          edges {
            node {
              ...ProductCardFragment
            }
          }
        }
      }
    }
  `,
  [PageInfoFragment, ProductCardFragment],
);

/** Variables of `GetProductsByIdQuery`: at most `PRODUCTS_PAGE_SIZE` ids per request is safest. */
export type GetProductsByIdVariables = { entityIds: number[]; after?: string | null };
