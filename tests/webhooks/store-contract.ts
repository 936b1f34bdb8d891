/** What every `StateStore` must do, checked the same way for the disk fallback and Netlify Blobs. */
import { expect } from 'vitest';
import type { StateStore } from '../../src/lib/webhooks/state-store';

/** Asserts the conditional-write semantics: create only if absent, replace only under the current etag. */
export async function expectConditionalWrites(store: StateStore, key = 'k') {
  expect(await store.read(key)).toBeNull();
  expect(await store.write(key, { n: 1 }, null)).toBe(true);
  expect(await store.write(key, { n: 2 }, null)).toBe(false);
  const first = await store.read(key);
  expect(first?.value).toEqual({ n: 1 });
  expect(await store.write(key, { n: 2 }, first!.etag)).toBe(true);
  expect(await store.write(key, { n: 3 }, first!.etag)).toBe(false);
  const second = await store.read(key);
  expect(second?.value).toEqual({ n: 2 });
  expect(second?.etag).not.toBe(first?.etag);
}
