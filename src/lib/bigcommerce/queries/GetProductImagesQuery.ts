/** A further page of one product's images. */
import { graphql } from '../graphql';
import type { ApiImage, ProductListPage, ProductListVariables } from '../catalog-fields';
import { ImageConnectionFragment } from '../fragments/ImageConnectionFragment';

/** Up to 50 images of a product `after` a cursor. */
export const GetProductImagesQuery = graphql<GetProductImagesData, ProductListVariables>(
  `
    query GetProductImagesQuery($entityId: Int!, $after: String) {
      site {
        product(entityId: $entityId) {
          images(first: 50, after: $after) {
            ...ImageConnectionFragment
          }
        }
      }
    }
  `,
  [ImageConnectionFragment],
);

/** Result of `GetProductImagesQuery`. */
export type GetProductImagesData = ProductListPage<'images', ApiImage>;
