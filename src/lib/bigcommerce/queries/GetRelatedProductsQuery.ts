/** A further page of one product's related products. */
import { graphql } from '../graphql';
import type { ProductListPage, ProductListVariables } from '../catalog-fields';
import { PageInfoFragment } from '../fragments/PageInfoFragment';

/** Up to 50 related product ids of a product `after` a cursor. */
export const GetRelatedProductsQuery = graphql<GetRelatedProductsData, ProductListVariables>(
  `
    query GetRelatedProductsQuery($entityId: Int!, $after: String) {
      site {
        product(entityId: $entityId) {
          relatedProducts(first: 50, after: $after) {
            pageInfo {
              ...PageInfoFragment
            }
            edges {
              node {
                entityId
              }
            }
          }
        }
      }
    }
  `,
  [PageInfoFragment],
);

/** Result of `GetRelatedProductsQuery`. */
export type GetRelatedProductsData = ProductListPage<'relatedProducts', { entityId: number }>;
