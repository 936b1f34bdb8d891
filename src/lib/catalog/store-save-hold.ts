/**
 * Holds back Astro's data-store save while the catalog exports (timers, no I/O of its own). Astro
 * marks the store changed as every sync starts and saves it 500 ms after the last change; during a
 * long export that save serialises the whole cached catalog (about 30 s of CPU and GC at 100,000
 * products) only to be written again once the loaders finish. Touching the store's meta more often
 * than that postpones the save, so the store is written once, with the new catalog.
 */
import type { LoaderContext } from 'astro/loaders';

/** Shorter than Astro's save debounce (500 ms in Astro 7.3), so the save never fires in between. */
export const HOLD_INTERVAL_MS = 200;
const HOLD_KEY = 'store-save-held';
const HOLD_VALUE = 'while the catalog exports';

/** Resolves as `work` does, postponing the data store's save until then. */
export async function holdStoreSave<T>(
  meta: Pick<LoaderContext['meta'], 'set'>,
  work: Promise<T>,
): Promise<T> {
  const touch = () => meta.set(HOLD_KEY, HOLD_VALUE);
  touch();
  const timer = setInterval(touch, HOLD_INTERVAL_MS);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}
