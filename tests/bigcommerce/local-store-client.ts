/** Documents and helpers for running the real client against the local store. */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startLocalStore } from '../../local-store';
import { createClient, type ClientOptions } from '../../src/lib/bigcommerce/client';
import type { BigCommerceError } from '../../src/lib/bigcommerce/errors';
import { graphql } from '../../src/lib/bigcommerce/graphql';

/** A running local store. */
export type LocalStore = Awaited<ReturnType<typeof startLocalStore>>;

/** Starts the sample store for the enclosing suite, with no faults before each test; call the result for it. */
export function useLocalStore(): () => LocalStore {
  let store: LocalStore | undefined;
  beforeAll(async () => {
    store = await startLocalStore();
  });
  afterAll(() => store?.stop());
  beforeEach(() => store?.setFaults({}));
  return () => store!;
}

/** One page of product ids and names, with cursors and the total. */
export const ProductPageQuery = graphql<ProductPage, { first: number; after?: string | null }>(`
  query ProductPageQuery($first: Int!, $after: String) {
    site {
      products(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        collectionInfo {
          totalItems
        }
        edges {
          cursor
          node {
            entityId
            name
          }
        }
      }
    }
  }
`);

/** What ProductPageQuery answers. */
export type ProductPage = {
  site: {
    products: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      collectionInfo: { totalItems: number | null } | null;
      edges: { cursor: string; node: { entityId: number; name: string } }[];
    };
  };
};

/** Four products with prices: the field the `graphqlErrors` fault breaks. */
export const ProductPricesQuery = graphql<ProductPrices>(`
  query ProductPricesQuery {
    site {
      products(first: 4) {
        edges {
          node {
            entityId
            prices {
              price {
                value
              }
            }
          }
        }
      }
    }
  }
`);

/** What ProductPricesQuery answers. */
export type ProductPrices = {
  site: {
    products: { edges: { node: { entityId: number; prices: { price: { value: number } } | null } }[] };
  };
};

/** The smallest useful query. */
export const StoreNameQuery = graphql<{ site: { settings: { storeName: string } } }>(`
  query StoreNameQuery {
    site {
      settings {
        storeName
      }
    }
  }
`);

/** A client with tiny delays; records the wait before each retry. */
export function localClient(target: LocalStore, overrides: Partial<ClientOptions> = {}) {
  const retries: { delayMs: number; error: BigCommerceError }[] = [];
  const client = createClient({
    endpoint: target.graphqlUrl,
    token: target.privateToken,
    retry: { baseDelayMs: 5, maxDelayMs: 40 },
    timeoutMs: 5_000,
    onRetry: (info) => retries.push(info),
    ...overrides,
  });
  return { client, retries };
}

/** Runs `run` and returns how many requests reached the store meanwhile. */
export async function countRequests<T>(target: LocalStore, run: () => Promise<T>) {
  const before = target.requestCount();
  const outcome = await run().catch((error: unknown) => error);
  return { outcome, requests: target.requestCount() - before };
}
