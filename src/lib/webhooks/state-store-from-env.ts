/** Picks the state store: Netlify Blobs on Netlify, a folder on disk when `WEBHOOK_STATE_DIR` names one. */
import { envValue, type Env } from '../config';
import { blobsStateStore } from './blobs-state-store';
import { diskStateStore } from './disk-state-store';
import type { StateStore } from './state-store';

/** The store the functions use for `env`. */
export function stateStoreFrom(env: Env): StateStore {
  const directory = envValue(env.WEBHOOK_STATE_DIR);
  return directory ? diskStateStore(directory) : blobsStateStore();
}
