/** A page of a multiple-choice option's values, as its first page and every further page select it. */
import { graphql } from '../graphql';
import { OptionValueFragment } from './OptionValueFragment';
import { PageInfoFragment } from './PageInfoFragment';

/** Where the page ends, and each value. */
export const ProductOptionValueConnectionFragment = graphql(
  `
    fragment ProductOptionValueConnectionFragment on ProductOptionValueConnection {
      pageInfo {
        ...PageInfoFragment
      }
      edges {
        node {
          ...OptionValueFragment
        }
      }
    }
  `,
  [PageInfoFragment, OptionValueFragment],
);
