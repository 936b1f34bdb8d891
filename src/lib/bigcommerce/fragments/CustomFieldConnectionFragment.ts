/** A page of a product's custom fields, as its first page and every further page select it. */
import { graphql } from '../graphql';
import { PageInfoFragment } from './PageInfoFragment';

/** Where the page ends, and each custom field's id, name and value. */
export const CustomFieldConnectionFragment = graphql(
  `
    fragment CustomFieldConnectionFragment on CustomFieldConnection {
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
  `,
  [PageInfoFragment],
);
