/** A further page of the categories one product is in. */
import { graphql } from '../graphql';
import { PageInfoFragment } from '../fragments/PageInfoFragment';

/** Up to 50 category ids of a product `after` a cursor. */
export const GetProductCategoriesQuery = graphql(
  `
    query GetProductCategoriesQuery($entityId: Int!, $after: String) {
      site {
        product(entityId: $entityId) {
          categories(first: 50, after: $after) {
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
