/** A further page of one product's custom fields. */
import { graphql } from '../graphql';
import type { ProductListPage, ProductListVariables } from '../catalog-fields';
import { PageInfoFragment } from '../fragments/PageInfoFragment';

/** Up to 50 custom fields of a product `after` a cursor. */
export const GetProductCustomFieldsQuery = graphql<GetProductCustomFieldsData, ProductListVariables>(
  `
    query GetProductCustomFieldsQuery($entityId: Int!, $after: String) {
      site {
        product(entityId: $entityId) {
          customFields(first: 50, after: $after) {
            pageInfo {
              ...PageInfoFragment
            }
            edges {
              node {
                entityId
                name
                value
              }
            }
          }
        }
      }
    }
  `,
  [PageInfoFragment],
);

/** Result of `GetProductCustomFieldsQuery`. */
export type GetProductCustomFieldsData = ProductListPage<
  'customFields',
  { entityId: number; name: string; value: string }
>;
