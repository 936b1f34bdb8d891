/** The first page of variants of several products at once, looked up by id. */
import { graphql } from '../graphql';
import type { ApiConnection, ApiProductVariants } from '../catalog-fields';
import { VariantConnectionFragment } from '../fragments/VariantConnectionFragment';

/** BigCommerce's largest page of variants. */
export const VARIANTS_PAGE_LIMIT = 50;

/**
 * Up to `$variants` variants of each of the products `$entityIds` (`$first` must be at least their
 * number), each variant with `$variantOptions` options. The export sizes each batch so its score stays
 * under the limit (see `src/lib/catalog/export/variant-batches.ts`).
 */
export const GetProductsVariantsQuery = graphql<GetProductsVariantsData, GetProductsVariantsVariables>(
  `
    query GetProductsVariantsQuery(
      $entityIds: [Int!]!
      $first: Int!
      $variants: Int!
      $variantOptions: Int!
    ) {
      site {
        products(entityIds: $entityIds, first: $first) {
          edges {
            node {
              entityId
              variants(first: $variants) {
                ...VariantConnectionFragment
              }
            }
          }
        }
      }
    }
  `,
  [VariantConnectionFragment],
);

/** Variables of `GetProductsVariantsQuery`. */
export type GetProductsVariantsVariables = {
  entityIds: number[];
  first: number;
  variants: number;
  variantOptions: number;
};

/** Result of `GetProductsVariantsQuery`. */
export type GetProductsVariantsData = { site: { products: ApiConnection<ApiProductVariants> } };
