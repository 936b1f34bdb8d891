/** An image as a CDN URL template, so pages can ask for any size. */
import { graphql } from '../graphql';

/** URL template (`{:size}`), alt text and whether it is the default image. */
export const ImageFragment = graphql(`
  fragment ImageFragment on Image {
    urlTemplate
    altText
    isDefault
  }
`);
