/** The coalescing state in Netlify Blobs, read with strong consistency and written conditionally. */
import { getStore } from '@netlify/blobs';
import type { StateStore, Versioned } from './state-store';

/** The Blobs store (site-wide, so it outlives deploys) that holds the webhook state. */
export const WEBHOOK_BLOBS_STORE = 'bigcommerce-webhooks';

/** A `StateStore` over Netlify Blobs; works inside Netlify Functions, where the Blobs context is set. */
export function blobsStateStore(name = WEBHOOK_BLOBS_STORE): StateStore {
  const store = getStore({ name, consistency: 'strong' });
  return {
    async read(key): Promise<Versioned | null> {
      const entry = await store.getWithMetadata(key, { type: 'json' });
      if (!entry) return null;
      if (!entry.etag)
        throw new Error(`Netlify Blobs returned "${key}" without an etag; cannot write it safely`);
      return { value: entry.data as unknown, etag: entry.etag };
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
