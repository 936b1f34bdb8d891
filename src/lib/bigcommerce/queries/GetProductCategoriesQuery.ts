/** A further page of the categories one product is in. */
import { graphql } from '../graphql';
import type { ApiEntityId, ProductListPage, ProductListVariables } from '../catalog-fields';
import { CategoryConnectionFragment } from '../fragments/IdConnectionFragment';

/** Up to 50 category ids of a product `after` a cursor. */
export const GetProductCategoriesQuery = graphql<GetProductCategoriesData, ProductListVariables>(
  `
    query GetProductCategoriesQuery($entityId: Int!, $after: String) {
      site {
        product(entityId: $entityId) {
          categories(first: 50, after: $after) {
            ...CategoryConnectionFragment
          }
        }
      }
    }
  `,
  [CategoryConnectionFragment],
);

/** Result of `GetProductCategoriesQuery`. */
export type GetProductCategoriesData = ProductListPage<'categories', ApiEntityId>;
