/** Where a connection page ends, for cursor pagination. */
import { graphql } from '../graphql';

/** `hasNextPage` and `endCursor` of a Relay connection. */
export const PageInfoFragment = graphql(`
  fragment PageInfoFragment on PageInfo {
    hasNextPage
    endCursor
  }
`);
