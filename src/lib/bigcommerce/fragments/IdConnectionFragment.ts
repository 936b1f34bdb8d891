/**
 * Pages of a product's links to other catalog entities (its categories, its related products), read
 * as ids alone: the export already has those entities and resolves the ids against them.
 */
import { graphql } from '../graphql';
import { PageInfoFragment } from './PageInfoFragment';

// The two connections share no interface in the schema, so one field list feeds two fragments.
const idPageFields = `
    pageInfo {
      ...PageInfoFragment
    }
    edges {
      node {
        entityId
      }
    }
`;

/** Where the page ends, and each category's id. */
export const CategoryConnectionFragment = graphql(
  `fragment CategoryConnectionFragment on CategoryConnection {${idPageFields}}`,
  [PageInfoFragment],
);

/** Where the page ends, and each related product's id. */
export const RelatedProductsConnectionFragment = graphql(
  `fragment RelatedProductsConnectionFragment on RelatedProductsConnection {${idPageFields}}`,
  [PageInfoFragment],
);
