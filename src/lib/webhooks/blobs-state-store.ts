/** The coalescing state in Netlify Blobs, read with strong consistency and written conditionally. */
import { getStore, type GetStoreOptions } from '@netlify/blobs';
import type { StateStore, Versioned } from './state-store';

/** The Blobs store (site-wide, so it outlives deploys) that holds the webhook state. */
export const WEBHOOK_BLOBS_STORE = 'bigcommerce-webhooks';

/**
 * A `StateStore` over Netlify Blobs. Inside Netlify Functions the Blobs context comes from the
 * environment; `client` (site id, token, API URL) is for reaching a store from elsewhere.
 */
export function blobsStateStore(client: Omit<GetStoreOptions, 'name' | 'consistency'> = {}): StateStore {
  const store = getStore({ ...client, name: WEBHOOK_BLOBS_STORE, consistency: 'strong' });
  // Netlify's local Blobs server sends no etag with a read, only with a listing. A listing made
  // before the read can only be older than the data, so a write naming it errs towards a conflict
  // (and a retry), never towards overwriting a newer state.
  const listedEtag = async (key: string) =>
    (await store.list({ prefix: key })).blobs.find((blob) => blob.key === key)?.etag;
  return {
    async read(key): Promise<Versioned | null> {
      const entry = await store.getWithMetadata(key, { type: 'json' });
      if (!entry) return null;
      if (entry.etag) return { value: entry.data as unknown, etag: entry.etag };
      const etag = await listedEtag(key);
      const again = await store.getWithMetadata(key, { type: 'json' });
      if (!etag || !again) throw new Error(`Netlify Blobs gave no etag for "${key}"; cannot write it safely`);
      return { value: again.data as unknown, etag };
    },
    async write(key, value, expected) {
      const written =
        expected === null
          ? await store.setJSON(key, value, { onlyIfNew: true })
          : await store.setJSON(key, value, { onlyIfMatch: expected });
      return written.modified;
    },
  };
}
