/** What a product page needs beyond the card and variants: text, SEO, availability, first pages of lists. */
import { graphql } from '../graphql';
import { ImageFragment } from './ImageFragment';
import { PageInfoFragment } from './PageInfoFragment';
import { ProductOptionsFragment } from './ProductOptionsFragment';
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
        pageInfo {
          ...PageInfoFragment
        }
        edges {
          node {
            ...ImageFragment
          }
        }
      }
      categories(first: 10) {
        pageInfo {
          ...PageInfoFragment
        }
        edges {
          node {
            entityId
          }
        }
      }
      customFields(first: 10) {
        pageInfo {
          ...PageInfoFragment
        }
        edges {
          node {
            entityId
            name
            value
          }
        }
      }
      relatedProducts(first: 10) {
        pageInfo {
          ...PageInfoFragment
        }
        edges {
          node {
            entityId
          }
        }
      }
      productOptions(first: 5) {
        pageInfo {
          ...PageInfoFragment
        }
        edges {
          cursor
          node {
            ...ProductOptionsFragment
          }
        }
      }
    }
  `,
  [SeoFragment, PageInfoFragment, ImageFragment, ProductOptionsFragment],
);
