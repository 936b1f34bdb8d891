/** A further page of one product's variants. */
import { graphql } from '../graphql';
import type { ApiVariant, ProductListPage, ProductListVariables } from '../catalog-fields';
import { VariantConnectionFragment } from '../fragments/VariantConnectionFragment';

/** Up to 50 variants of a product `after` a cursor, each with `$variantOptions` options. */
export const GetProductVariantsQuery = graphql<GetProductVariantsData, GetProductVariantsVariables>(
  `
    query GetProductVariantsQuery($entityId: Int!, $after: String, $variantOptions: Int!) {
      site {
        product(entityId: $entityId) {
          variants(first: 50, after: $after) {
            ...VariantConnectionFragment
          }
        }
      }
    }
  `,
  [VariantConnectionFragment],
);

/** Variables of `GetProductVariantsQuery`. */
export type GetProductVariantsVariables = ProductListVariables & { variantOptions: number };

/** Result of `GetProductVariantsQuery`. */
export type GetProductVariantsData = ProductListPage<'variants', ApiVariant>;
