/** A page of a product's images, as its first page and every further page select it. */
import { graphql } from '../graphql';
import { ImageFragment } from './ImageFragment';
import { PageInfoFragment } from './PageInfoFragment';

/** Where the page ends, and each image. */
export const ImageConnectionFragment = graphql(
  `
    fragment ImageConnectionFragment on ImageConnection {
      pageInfo {
        ...PageInfoFragment
      }
      edges {
        node {
          ...ImageFragment
        }
      }
    }
  `,
  [PageInfoFragment, ImageFragment],
);
