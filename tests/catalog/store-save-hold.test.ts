import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOLD_INTERVAL_MS, holdStoreSave } from '../../src/lib/catalog/store-save-hold';

/** A stand-in for Astro's debounced save: it fires 500 ms after the last change to the store. */
function debouncedStore() {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saves: number[] = [];
  const change = () => {
    clearTimeout(timer);
    timer = setTimeout(() => saves.push(Date.now()), 500);
  };
  return { saves, change, meta: { set: change } };
}

afterEach(() => vi.useRealTimers());

describe('holding the data store save while the catalog exports', () => {
  it('saves once, after the export, however long the export takes', async () => {
    vi.useFakeTimers();
    const store = debouncedStore();
    store.change(); // Astro records its version and config digests as the sync starts.
    let finish!: (value: string) => void;
    const held = holdStoreSave(store.meta, new Promise<string>((resolve) => (finish = resolve)));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(store.saves).toEqual([]);
    finish('catalog');
    await expect(held).resolves.toBe('catalog');
    store.change(); // The loaders write the new catalog.
    await vi.advanceTimersByTimeAsync(2_000);
    expect(store.saves).toHaveLength(1);
    expect(HOLD_INTERVAL_MS).toBeLessThan(500);
  });

  it('stops holding when the export fails, and passes the failure on', async () => {
    vi.useFakeTimers();
    const store = debouncedStore();
    await expect(holdStoreSave(store.meta, Promise.reject(new Error('throttled')))).rejects.toThrow(
      'throttled',
    );
    await vi.advanceTimersByTimeAsync(2_000);
    expect(store.saves).toHaveLength(1);
  });
});
