/** A further page of one product's custom fields. */
import { graphql } from '../graphql';
import { PageInfoFragment } from '../fragments/PageInfoFragment';

/** Up to 50 custom fields of a product `after` a cursor. */
export const GetProductCustomFieldsQuery = graphql(
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
