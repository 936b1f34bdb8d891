/** A category's SEO fields, which the category tree does not carry. */
import { graphql } from '../graphql';
import type { ApiSeo } from '../catalog-fields';
import { SeoFragment } from '../fragments/SeoFragment';

/** SEO title and description of one category. */
export const GetCategoryQuery = graphql<GetCategoryData, GetCategoryVariables>(
  `
    query GetCategoryQuery($entityId: Int!) {
      site {
        category(entityId: $entityId) {
          entityId
          seo {
            ...SeoFragment
          }
        }
      }
    }
  `,
  [SeoFragment],
);

/** Variables of `GetCategoryQuery`. */
export type GetCategoryVariables = { entityId: number };

/** Result of `GetCategoryQuery`; `category` is null when it is gone. */
export type GetCategoryData = { site: { category: { entityId: number; seo: ApiSeo } | null } };
