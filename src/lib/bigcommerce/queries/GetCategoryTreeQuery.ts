/** The category tree, from the top or from one category down. */
import { graphql } from '../graphql';
import { CategoryTreeFragment } from '../fragments/CategoryTreeFragment';

/** The tree (or the branch under `rootEntityId`), `CATEGORY_TREE_LEVELS` levels deep. */
export const GetCategoryTreeQuery = graphql(
  `
    query GetCategoryTreeQuery($rootEntityId: Int) {
      site {
        categoryTree(rootEntityId: $rootEntityId) {
          ...CategoryTreeFragment
        }
      }
    }
  `,
  [CategoryTreeFragment],
);
