/** A local store for cart tests, the cart pointed at it, and a clean slate between tests. */
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startLocalStore, type LocalStore } from '../../local-store/index';
import { sampleStore } from '../../local-store/data/sample';
import { configureCart } from '../../src/lib/cart/client';
import { $cart, $cartId, $cartStatus } from '../../src/lib/cart/stores';

/** Retries without waiting, so failure tests run fast. */
export const FAST_RETRY = { baseDelayMs: 0, maxDelayMs: 0, sleep: async () => undefined };

/** Looks up a sample product by path: its id and its variants' ids and SKUs. */
export function sampleProduct(path: string) {
  const product = sampleStore().products.find((candidate) => candidate.path === path);
  if (!product) throw new Error(`The sample store has no ${path}`);
  return product;
}

/** Starts a local store for the file's tests; returns a getter, as it starts in `beforeAll`. */
export function useLocalStore(wrapFetch?: (base: typeof fetch) => typeof fetch): () => LocalStore {
  let store: LocalStore;
  useTestStorageEngine();
  beforeAll(async () => {
    store = await startLocalStore({ port: 0 });
  });
  afterAll(() => store.stop());
  const connect = () =>
    configureCart(
      { endpoint: store.graphqlUrl, token: store.storefrontToken },
      { retry: FAST_RETRY, fetch: wrapFetch ? wrapFetch(globalThis.fetch) : undefined },
    );
  beforeAll(connect);
  afterEach(() => {
    store.setFaults({});
    $cart.set(null);
    $cartId.set(undefined);
    $cartStatus.set({ state: 'idle' });
    cleanTestStorage();
    connect();
  });
  return () => store;
}
