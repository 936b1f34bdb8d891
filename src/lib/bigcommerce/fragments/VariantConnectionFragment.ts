/** A page of a product's variants, as its first page and every further page select it. */
import { graphql } from '../graphql';
import { PageInfoFragment } from './PageInfoFragment';
import { VariantFragment } from './VariantFragment';

/** Where the page ends, and each variant (the operation declares `$variantOptions`). */
export const VariantConnectionFragment = graphql(
  `
    fragment VariantConnectionFragment on VariantConnection {
      pageInfo {
        ...PageInfoFragment
      }
      edges {
        node {
          ...VariantFragment
        }
      }
    }
  `,
  [PageInfoFragment, VariantFragment],
);
