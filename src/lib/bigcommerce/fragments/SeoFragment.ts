/** A page's search-engine title and description, as the merchant set them. */
import { graphql } from '../graphql';

/** `pageTitle` and `metaDescription`. */
export const SeoFragment = graphql(`
  fragment SeoFragment on SeoDetails {
    pageTitle
    metaDescription
  }
`);
