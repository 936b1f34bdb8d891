/** Starts the local BigCommerce store for export tests and builds clients for it. */
import { startLocalStore } from '../../local-store';
import type { StoreData } from '../../local-store/data/types';
import { createClient } from '../../src/lib/bigcommerce/client';

/** A running local store. */
export type TestStore = Awaited<ReturnType<typeof startLocalStore>>;

/** Starts a store on a free port. */
export const startStore = (data?: StoreData) => startLocalStore({ port: 0, ...(data ? { data } : {}) });

/** A client with near-instant retries, counting retries and tracking requests in flight. */
export function testClient(store: TestStore, options: { token?: string; maxAttempts?: number } = {}) {
  const stats = { retries: 0, inFlight: 0, peakInFlight: 0 };
  const client = createClient({
    endpoint: store.graphqlUrl,
    token: options.token ?? store.privateToken,
    retry: { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: options.maxAttempts ?? 10 },
    timeoutMs: 5_000,
    onRetry: () => {
      stats.retries += 1;
    },
    fetch: async (input, init) => {
      stats.inFlight += 1;
      stats.peakInFlight = Math.max(stats.peakInFlight, stats.inFlight);
      try {
        return await fetch(input, init);
      } finally {
        stats.inFlight -= 1;
      }
    },
  });
  return { client, stats };
}

/** Products the Storefront API shows: the visible ones. */
export const visibleProducts = (data: StoreData) => data.products.filter((product) => product.isVisible);
