/** A brand's page fields. */
import { graphql } from '../graphql';
import { ImageFragment } from './ImageFragment';
import { SeoFragment } from './SeoFragment';

/** Identity, path, logo and SEO of a brand. */
export const BrandFragment = graphql(
  `
    fragment BrandFragment on Brand {
      entityId
      name
      path
      defaultImage {
        ...ImageFragment
      }
      seo {
        ...SeoFragment
      }
    }
  `,
  [ImageFragment, SeoFragment],
);
