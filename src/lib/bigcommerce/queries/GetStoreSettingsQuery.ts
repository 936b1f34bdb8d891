/** Store-wide settings, currencies and the home page's featured and newest product ids. */
import type { ApiImage } from '../catalog-fields';
import { ImageFragment } from '../fragments/ImageFragment';
import { graphql } from '../graphql';

/** How many featured and newest products the home page can show. */
export const HOME_PRODUCTS_LIMIT = 12;

/** Store name and hash, logo, checkout URL, currencies, featured and newest product ids. */
export const GetStoreSettingsQuery = graphql<GetStoreSettingsData>(
  `
  query GetStoreSettingsQuery {
    site {
      settings {
        storeName
        storeHash
        logoV2 {
          __typename
          ... on StoreImageLogo {
            image {
              ...ImageFragment
            }
          }
        }
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
`,
  [ImageFragment],
);

/** Result of `GetStoreSettingsQuery`. */
export type GetStoreSettingsData = {
  site: {
    settings: {
      storeName: string;
      storeHash: string;
      /** A text logo is the store name in the theme's font: nothing to publish as an image. */
      logoV2: { __typename: 'StoreTextLogo' } | { __typename: 'StoreImageLogo'; image: ApiImage };
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
