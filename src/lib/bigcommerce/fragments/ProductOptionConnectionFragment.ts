/** A page of a product's options, as its first page and every further page select it. */
import { graphql } from '../graphql';
import { PageInfoFragment } from './PageInfoFragment';
import { ProductOptionsFragment } from './ProductOptionsFragment';

/**
 * Where the page ends, and each option with its cursor: an option cannot be looked up by id, so a
 * further page of its values addresses it by the cursor of the option before it.
 */
export const ProductOptionConnectionFragment = graphql(
  `
    fragment ProductOptionConnectionFragment on ProductOptionConnection {
      pageInfo {
        ...PageInfoFragment
      }
      edges {
        cursor
        node {
          ...ProductOptionsFragment
        }
      }
    }
  `,
  [PageInfoFragment, ProductOptionsFragment],
);
