/** Picks the state store: Netlify Blobs on Netlify, a folder on disk when `WEBHOOK_STATE_DIR` names one. */
import { blobsStateStore } from './blobs-state-store';
import { diskStateStore } from './disk-state-store';
import type { StateStore } from './state-store';

/** The store the functions use for `env`. */
export function stateStoreFrom(env: Record<string, string | undefined>): StateStore {
  const directory = env.WEBHOOK_STATE_DIR?.trim();
  return directory ? diskStateStore(directory) : blobsStateStore();
}
