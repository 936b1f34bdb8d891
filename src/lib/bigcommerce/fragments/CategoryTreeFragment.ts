/** The category tree, nested level by level through composed fragments. */
import { graphql, type GraphQLDocument } from '../graphql';
import { ImageFragment } from './ImageFragment';

/** One category's own fields. */
export const CategoryFieldsFragment = graphql(
  `
    fragment CategoryFieldsFragment on CategoryTreeItem {
      entityId
      name
      path
      description
      hasChildren
      image {
        ...ImageFragment
      }
    }
  `,
  [ImageFragment],
);

/**
 * Levels returned by one tree request. BigCommerce returns only as many levels as the query nests, and
 * caps query depth at 16; branches deeper than this are fetched again from their deepest category.
 */
export const CATEGORY_TREE_LEVELS = 8;

const levelName = (level: number) =>
  level === 1 ? 'CategoryTreeFragment' : `CategoryTreeLevel${level}Fragment`;

function treeLevel(level: number): GraphQLDocument {
  if (level === CATEGORY_TREE_LEVELS) {
    return graphql(
      `fragment ${levelName(level)} on CategoryTreeItem {
        ...CategoryFieldsFragment
      }`,
      [CategoryFieldsFragment],
    );
  }
  return graphql(
    `fragment ${levelName(level)} on CategoryTreeItem {
      ...CategoryFieldsFragment
      children {
        ...${levelName(level + 1)}
      }
    }`,
    [CategoryFieldsFragment, treeLevel(level + 1)],
  );
}

/** A category with its descendants, `CATEGORY_TREE_LEVELS` levels deep in all. */
export const CategoryTreeFragment = treeLevel(1);
