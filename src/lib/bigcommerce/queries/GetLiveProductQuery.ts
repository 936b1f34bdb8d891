/** A product's live prices and stock, which a static page corrects itself with on hydration. */
import { LivePricesFragment } from '../fragments/LivePricesFragment';
import type { MoneyFields } from '../fragments/MoneyFragment';
import { graphql } from '../graphql';

// Products and variants share no interface in the schema, so one field list serves both.
const priceAndStockFields =
  'prices { ...LivePricesFragment } inventory { isInStock aggregated { availableToSell } }';

/** Current price, base price and stock of a product and a page of up to 50 of its variants. */
export const GetLiveProductQuery = graphql<GetLiveProductData, GetLiveProductVariables>(
  `
    query GetLiveProductQuery($entityId: Int!, $after: String) {
      site {
        product(entityId: $entityId) {
          ${priceAndStockFields}
          variants(first: 50, after: $after) {
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                entityId
                isPurchasable
                ${priceAndStockFields}
              }
            }
          }
        }
      }
    }
  `,
  [LivePricesFragment],
);

/** Variables of `GetLiveProductQuery`. */
export type GetLiveProductVariables = { entityId: number; after?: string | null };

/** Prices as `GetLiveProductQuery` selects them (null when the store hides prices). */
export type LivePrices = { price: MoneyFields; basePrice: MoneyFields | null } | null;

/** Stock as `GetLiveProductQuery` selects it; `aggregated` is null when stock is not tracked. */
export type LiveInventory = { isInStock: boolean; aggregated: { availableToSell: number } | null };

/** Result of `GetLiveProductQuery`; `product` is null once it is hidden or deleted. */
export type GetLiveProductData = {
  site: {
    product: {
      prices: LivePrices;
      inventory: LiveInventory;
      variants: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges:
          | {
              node: {
                entityId: number;
                isPurchasable: boolean;
                prices: LivePrices;
                inventory: LiveInventory | null;
              };
            }[]
          | null;
      };
    } | null;
  };
};
