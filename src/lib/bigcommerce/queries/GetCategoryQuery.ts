/** A category's SEO fields, which the category tree does not carry. */
import { graphql } from '../graphql';
import { SeoFragment } from '../fragments/SeoFragment';

/** SEO title and description of one category. */
export const GetCategoryQuery = graphql(
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
