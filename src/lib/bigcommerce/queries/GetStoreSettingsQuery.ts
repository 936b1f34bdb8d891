/** Store-wide settings, currencies and the home page's featured and newest product ids. */
import { graphql } from '../graphql';

/** How many featured and newest products the home page can show. */
export const HOME_PRODUCTS_LIMIT = 12;

/** Store name and hash, checkout URL, currencies, featured and newest product ids. */
export const GetStoreSettingsQuery = graphql(`
  query GetStoreSettingsQuery {
    site {
      settings {
        storeName
        storeHash
        url {
          vanityUrl
          checkoutUrl
        }
      }
      currencies(first: 50) {
        edges {
          node {
            code
            isActive
            isTransactional
            exchangeRate
            display {
              decimalPlaces
            }
          }
        }
      }
      featuredProducts(first: ${HOME_PRODUCTS_LIMIT}) {
        edges {
          node {
            entityId
          }
        }
      }
      newestProducts(first: ${HOME_PRODUCTS_LIMIT}) {
        edges {
          node {
            entityId
          }
        }
      }
    }
  }
`);
