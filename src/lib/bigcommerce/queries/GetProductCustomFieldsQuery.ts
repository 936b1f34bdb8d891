/** A further page of one product's custom fields. */
import { graphql } from '../graphql';
import type { ApiCustomField, ProductListPage, ProductListVariables } from '../catalog-fields';
import { CustomFieldConnectionFragment } from '../fragments/CustomFieldConnectionFragment';

/** Up to 50 custom fields of a product `after` a cursor. */
export const GetProductCustomFieldsQuery = graphql<GetProductCustomFieldsData, ProductListVariables>(
  `
    query GetProductCustomFieldsQuery($entityId: Int!, $after: String) {
      site {
        product(entityId: $entityId) {
          customFields(first: 50, after: $after) {
            ...CustomFieldConnectionFragment
          }
        }
      }
    }
  `,
  [CustomFieldConnectionFragment],
);

/** Result of `GetProductCustomFieldsQuery`. */
export type GetProductCustomFieldsData = ProductListPage<'customFields', ApiCustomField>;
