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
  /** Hands the value to `receive` as soon as it is put (now, if it already was), instead of keeping it. */
  takeWhenPut(receive: (value: T) => void): void;
}

interface Slot<T> {
  value?: T;
  receive?: (value: T) => void;
}

/** The slot called `name` (one per name in the process). */
export function handoffSlot<T>(name: string): HandoffSlot<T> {
  const key = Symbol.for(`storefront.${name}`);
  const slots = globalThis as unknown as Record<symbol, Slot<T> | undefined>;
  const slot = (): Slot<T> => (slots[key] ??= {});
  const take = () => {
    const { value } = slot();
    delete slot().value;
    return value;
  };
  return {
    put(value) {
      const { receive } = slot();
      delete slot().receive;
      if (receive) receive(value);
      else slot().value = value;
    },
    get: () => slot().value,
    take,
    takeWhenPut(receive) {
      const value = take();
      if (value === undefined) slot().receive = receive;
      else receive(value);
    },
  };
}
