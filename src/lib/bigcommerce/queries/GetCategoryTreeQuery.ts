/** The category tree, from the top or from one category down. */
import { graphql } from '../graphql';
import type { ApiCategoryTreeItem } from '../catalog-fields';
import { CategoryTreeFragment } from '../fragments/CategoryTreeFragment';

/** The tree (or the branch under `rootEntityId`), `CATEGORY_TREE_LEVELS` levels deep. */
export const GetCategoryTreeQuery = graphql<GetCategoryTreeData, GetCategoryTreeVariables>(
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

/** Variables of `GetCategoryTreeQuery`: no root for the whole tree. */
export type GetCategoryTreeVariables = { rootEntityId?: number | null };

/** Result of `GetCategoryTreeQuery`. */
export type GetCategoryTreeData = { site: { categoryTree: ApiCategoryTreeItem[] } };
