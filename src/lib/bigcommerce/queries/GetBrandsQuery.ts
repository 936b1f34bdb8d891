/** One page of the channel's brands. */
import { graphql } from '../graphql';
import { BrandFragment } from '../fragments/BrandFragment';
import { PageInfoFragment } from '../fragments/PageInfoFragment';

/** Up to 50 brands `after` a cursor. */
export const GetBrandsQuery = graphql(
  `
    query GetBrandsQuery($after: String) {
      site {
        brands(first: 50, after: $after) {
          pageInfo {
            ...PageInfoFragment
          }
          edges {
            node {
              ...BrandFragment
            }
          }
        }
      }
    }
  `,
  [PageInfoFragment, BrandFragment],
);
