/** One page of the channel's brands. */
import { graphql } from '../graphql';
import type { ApiBrand, ApiConnection } from '../catalog-fields';
import { BrandFragment } from '../fragments/BrandFragment';
import { PageInfoFragment } from '../fragments/PageInfoFragment';

/** Up to 50 brands `after` a cursor. */
export const GetBrandsQuery = graphql<GetBrandsData, GetBrandsVariables>(
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

/** Variables of `GetBrandsQuery`. */
export type GetBrandsVariables = { after?: string | null };

/** Result of `GetBrandsQuery`. */
export type GetBrandsData = { site: { brands: ApiConnection<ApiBrand> } };
