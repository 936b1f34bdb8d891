/**
 * A hand-off from the content loaders to the build hooks. The loaders run in Vite's module runner and
 * the hooks in Astro's own module graph: two copies of a module, one process. A registered symbol on
 * globalThis is the one slot both see.
 */

/** One named slot: `put` from one side, `get` (or `take`, which empties it) from the other. */
export interface HandoffSlot<T> {
  put(value: T): void;
  get(): T | undefined;
  take(): T | undefined;
}

/** The slot called `name` (one per name in the process). */
export function handoffSlot<T>(name: string): HandoffSlot<T> {
  const key = Symbol.for(`storefront.${name}`);
  const slots = globalThis as unknown as Record<symbol, T | undefined>;
  return {
    put: (value) => void (slots[key] = value),
    get: () => slots[key],
    take() {
      const value = slots[key];
      delete slots[key];
      return value;
    },
  };
}
