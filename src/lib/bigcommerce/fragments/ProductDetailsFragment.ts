/**
 * What a product page needs beyond the card and variants: text, product identifiers and condition, SEO,
 * availability, first pages of lists.
 */
import { graphql } from '../graphql';
import { CustomFieldConnectionFragment } from './CustomFieldConnectionFragment';
import { CategoryConnectionFragment, RelatedProductsConnectionFragment } from './IdConnectionFragment';
import { ImageConnectionFragment } from './ImageConnectionFragment';
import { ProductOptionConnectionFragment } from './ProductOptionConnectionFragment';
import { SeoFragment } from './SeoFragment';

/**
 * Page sizes are kept small so a batch of products stays far below BigCommerce's complexity limit;
 * any list with more items is paged through by its own follow-up query. Variants are not here: they
 * are fetched afterwards by `GetProductsVariantsQuery`, sized from the options read here.
 */
export const ProductDetailsFragment = graphql(
  `
    fragment ProductDetailsFragment on Product {
      entityId
      description
      warranty
      minPurchaseQuantity
      maxPurchaseQuantity
      gtin
      mpn
      upc
      condition
      seo {
        ...SeoFragment
      }
      availabilityV2 {
        status
        description
        ... on ProductPreOrder {
          willBeReleasedAt {
            utc
          }
        }
      }
      images(first: 10) {
        ...ImageConnectionFragment
      }
      categories(first: 10) {
        ...CategoryConnectionFragment
      }
      customFields(first: 10) {
        ...CustomFieldConnectionFragment
      }
      relatedProducts(first: 10) {
        ...RelatedProductsConnectionFragment
      }
      productOptions(first: 5) {
        ...ProductOptionConnectionFragment
      }
    }
  `,
  [
    SeoFragment,
    ImageConnectionFragment,
    CategoryConnectionFragment,
    CustomFieldConnectionFragment,
    RelatedProductsConnectionFragment,
    ProductOptionConnectionFragment,
  ],
);
