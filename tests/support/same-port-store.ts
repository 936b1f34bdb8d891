/**
 * Local stores served one after another on one port, like one store whose catalog changes: image URLs,
 * the cart's endpoint in pages and the cached catalog's identity all carry the store's origin.
 */
import { startLocalStore, type LocalStore } from '../../local-store';
import type { StoreData } from '../../local-store/data/types';

/** A function serving `data` on the shared port (the first free one, at first call) while `run` runs. */
export function samePortStores(): <T>(data: StoreData, run: (store: LocalStore) => Promise<T>) => Promise<T> {
  let port = 0;
  return async (data, run) => {
    const store = await startLocalStore({ port, data });
    port = Number(new URL(store.url).port);
    try {
      return await run(store);
    } finally {
      await store.stop();
    }
  };
}
