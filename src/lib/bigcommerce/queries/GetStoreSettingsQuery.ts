/** Store-wide settings, currencies and the home page's featured and newest product ids. */
import { graphql } from '../graphql';

/** How many featured and newest products the home page can show. */
export const HOME_PRODUCTS_LIMIT = 12;

/** Store name and hash, checkout URL, currencies, featured and newest product ids. */
export const GetStoreSettingsQuery = graphql<GetStoreSettingsData>(`
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

/** Result of `GetStoreSettingsQuery`. */
export type GetStoreSettingsData = {
  site: {
    settings: {
      storeName: string;
      storeHash: string;
      url: { vanityUrl: string; checkoutUrl: string | null };
    } | null;
    currencies: {
      edges:
        | {
            node: {
              code: string;
              isActive: boolean;
              isTransactional: boolean;
              exchangeRate: number;
              display: { decimalPlaces: number };
            };
          }[]
        | null;
    };
    featuredProducts: { edges: { node: { entityId: number } }[] | null };
    newestProducts: { edges: { node: { entityId: number } }[] | null };
  };
};
