/** A variant: its option values, prices, stock and image. */
import { graphql } from '../graphql';
import { ImageFragment } from './ImageFragment';
import { PricesFragment } from './PricesFragment';

/**
 * A variant has exactly one value per variant option, so one value per option is asked for; the
 * option page size bounds how many variant options a product may have (checked on export).
 */
export const VariantFragment = graphql(
  `
    fragment VariantFragment on Variant {
      entityId
      sku
      isPurchasable
      defaultImage {
        ...ImageFragment
      }
      prices {
        ...PricesFragment
      }
      inventory {
        isInStock
        aggregated {
          availableToSell
        }
      }
      options(first: 10) {
        pageInfo {
          hasNextPage
        }
        edges {
          node {
            entityId
            values(first: 1) {
              edges {
                node {
                  entityId
                }
              }
            }
          }
        }
      }
    }
  `,
  [ImageFragment, PricesFragment],
);
