/** One page of the channel's products with their card fields, and the catalog's total size. */
import { graphql } from '../graphql';
import type { ApiConnection, ApiProductCard } from '../catalog-fields';
import { PageInfoFragment } from '../fragments/PageInfoFragment';
import { ProductCardFragment } from '../fragments/ProductCardFragment';

/** BigCommerce's largest product page. */
export const PRODUCTS_PAGE_SIZE = 50;

/** Products `after` a cursor, 50 at a time, with `collectionInfo.totalItems`. */
export const GetProductsQuery = graphql<GetProductsData, GetProductsVariables>(
  `
    query GetProductsQuery($after: String, $entityIds: [Int!]) {
      site {
        products(first: ${PRODUCTS_PAGE_SIZE}, after: $after, entityIds: $entityIds) {
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

/** Variables of `GetProductsQuery`. */
/** Without `entityIds`, every product; with them, those of them still on the channel (at most a page's worth). */
export type GetProductsVariables = { after?: string | null; entityIds?: number[] };

/** Result of `GetProductsQuery`. */
export type GetProductsData = {
  site: {
    products: ApiConnection<ApiProductCard> & { collectionInfo: { totalItems: number | null } | null };
  };
};
