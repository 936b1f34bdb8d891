/** A local store for cart tests, the cart pointed at it, and a clean slate between tests. */
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { EXPIRE_CART_CONTROL_PATH, STOCK_CONTROL_PATH } from '../../local-store/core/controls';
import { startLocalStore, type LocalStore } from '../../local-store/index';
import { sampleStore } from '../../local-store/data/sample';
import { configureCart } from '../../src/lib/cart/client';
import { $checkoutCartId, $lostLines } from '../../src/lib/cart/recovery-stores';
import { $cart, $cartId, $cartStatus } from '../../src/lib/cart/stores';

/** Retries without waiting, so failure tests run fast. */
export const FAST_RETRY = { baseDelayMs: 0, maxDelayMs: 0, sleep: async () => undefined };

/** Looks up a sample product by path: its id and its variants' ids and SKUs. */
export function sampleProduct(path: string) {
  const product = sampleStore().products.find((candidate) => candidate.path === path);
  if (!product) throw new Error(`The sample store has no ${path}`);
  return product;
}

/** The sample's speckled mug, and two of its colours that are in stock. */
export const mug = sampleProduct('/speckled-stoneware-mug/');
export const [blueMug, greenMug] = mug.variants.filter((variant) => variant.stock !== 0);

/** A cart line input of the mug in `variant`. */
export const mugLine = (variant: { entityId: number }, quantity = 1) => ({
  productEntityId: mug.entityId,
  variantEntityId: variant.entityId,
  quantity,
});

async function control(store: LocalStore, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${store.url}${path}`, { method: 'POST', body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path} failed: HTTP ${response.status} ${await response.text()}`);
}

/** Makes the store forget a cart as BigCommerce does after 30 untouched days. */
export const expireCart = (store: LocalStore, cartEntityId: string) =>
  control(store, EXPIRE_CART_CONTROL_PATH, { cartEntityId });

/** Sets units on hand by SKU (`{}` goes back to the sample's stock). */
export const setStock = (store: LocalStore, units: Record<string, number>) =>
  control(store, STOCK_CONTROL_PATH, units);

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
  afterEach(async () => {
    store.setFaults({});
    await setStock(store, {});
    $cart.set(null);
    $cartId.set(undefined);
    $checkoutCartId.set(undefined);
    $lostLines.set([]);
    $cartStatus.set({ state: 'idle' });
    cleanTestStorage();
    connect();
  });
  return () => store;
}
