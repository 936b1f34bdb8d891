/** A further page of one product's options. */
import { graphql } from '../graphql';
import type { ApiOption, ProductListPage, ProductListVariables } from '../catalog-fields';
import { ProductOptionConnectionFragment } from '../fragments/ProductOptionConnectionFragment';

/** Up to 10 options of a product `after` a cursor, each with its first values. */
export const GetProductOptionsQuery = graphql<GetProductOptionsData, ProductListVariables>(
  `
    query GetProductOptionsQuery($entityId: Int!, $after: String) {
      site {
        product(entityId: $entityId) {
          productOptions(first: 10, after: $after) {
            ...ProductOptionConnectionFragment
          }
        }
      }
    }
  `,
  [ProductOptionConnectionFragment],
);

/** Result of `GetProductOptionsQuery`. */
export type GetProductOptionsData = ProductListPage<'productOptions', ApiOption>;
