/** A further page of one product's related products. */
import { graphql } from '../graphql';
import type { ApiEntityId, ProductListPage, ProductListVariables } from '../catalog-fields';
import { RelatedProductsConnectionFragment } from '../fragments/IdConnectionFragment';

/** Up to 50 related product ids of a product `after` a cursor. */
export const GetRelatedProductsQuery = graphql<GetRelatedProductsData, ProductListVariables>(
  `
    query GetRelatedProductsQuery($entityId: Int!, $after: String) {
      site {
        product(entityId: $entityId) {
          relatedProducts(first: 50, after: $after) {
            ...RelatedProductsConnectionFragment
          }
        }
      }
    }
  `,
  [RelatedProductsConnectionFragment],
);

/** Result of `GetRelatedProductsQuery`. */
export type GetRelatedProductsData = ProductListPage<'relatedProducts', ApiEntityId>;
