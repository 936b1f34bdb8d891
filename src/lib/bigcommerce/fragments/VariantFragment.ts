/** A variant: its identifiers (SKU, GTIN, MPN, UPC), option values, prices, stock and image. */
import { graphql } from '../graphql';
import { ImageFragment } from './ImageFragment';
import { PricesFragment } from './PricesFragment';

/**
 * A variant has exactly one value per variant option, so one value per option is asked for. Every
 * variant has one option per variant option of its product, so the export sets `$variantOptions` to
 * that count: the page is never larger than needed (nested pages multiply the complexity score).
 */
export const VariantFragment = graphql(
  `
    fragment VariantFragment on Variant {
      entityId
      sku
      gtin
      mpn
      upc
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
      options(first: $variantOptions) {
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
