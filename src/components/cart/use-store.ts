/** Reads a nanostore in a Preact component and re-renders when it changes. */
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/** The store's current value, kept up to date (a few lines instead of another dependency). */
export function useStore<T>(store: ReadableAtom<T>): T {
  const [value, setValue] = useState(() => store.get());
  // Boxed, because Preact would call a function-valued state as an updater.
  useEffect(() => store.subscribe((next) => setValue(() => next)), [store]);
  return value;
}

/** False in the server render and the hydrating render, true after: keeps hydration output identical. */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}
