/** A further page of the values of one multiple-choice option. */
import { graphql } from '../graphql';
import type { ApiConnection, ApiOptionValue, ProductListVariables } from '../catalog-fields';
import { ProductOptionValueConnectionFragment } from '../fragments/ProductOptionValueConnectionFragment';

/**
 * Options cannot be looked up by id, so the option is addressed as the one right after
 * `optionCursor` (the cursor of the option before it; null for the first option).
 */
export const GetProductOptionValuesQuery = graphql<
  GetProductOptionValuesData,
  GetProductOptionValuesVariables
>(
  `
    query GetProductOptionValuesQuery($entityId: Int!, $optionCursor: String, $after: String) {
      site {
        product(entityId: $entityId) {
          productOptions(first: 1, after: $optionCursor) {
            edges {
              node {
                entityId
                ... on MultipleChoiceOption {
                  values(first: 50, after: $after) {
                    ...ProductOptionValueConnectionFragment
                  }
                }
              }
            }
          }
        }
      }
    }
  `,
  [ProductOptionValueConnectionFragment],
);

/** Variables of `GetProductOptionValuesQuery`. */
export type GetProductOptionValuesVariables = ProductListVariables & { optionCursor?: string | null };

/** Result of `GetProductOptionValuesQuery`: the one option addressed, with a page of its values. */
export type GetProductOptionValuesData = {
  site: {
    product: {
      productOptions: ApiConnection<{ entityId: number; values?: ApiConnection<ApiOptionValue> }>;
    } | null;
  };
};
