/**
 * The store the coalescing state lives in: a key holding JSON, written only if nobody else wrote it
 * since it was read (compare-and-swap on an etag). Netlify Blobs and the disk fallback both honour it.
 */
import { z } from 'zod';
import { emptyRebuildState, type RebuildState } from './rebuild-state';

/** A value as read, with the etag a conditional write must name. */
export interface Versioned {
  value: unknown;
  etag: string;
}

/** A key-value store with conditional writes. */
export interface StateStore {
  /** The value under `key`, or `null` when there is none. */
  read(key: string): Promise<Versioned | null>;
  /** Writes if the current etag is `expected` (or, with `null`, if the key is absent); `false` if not. */
  write(key: string, value: unknown, expected: string | null): Promise<boolean>;
}

/** The key the coalescing state is stored under. */
export const REBUILD_STATE_KEY = 'rebuild-state';

const ids = z.array(z.number());
const pendingSchema = z.object({
  reasons: z.array(z.string()),
  full: z.boolean(),
  scopes: z.array(z.string()),
  products: ids,
  categories: ids,
  skus: ids,
  deliveries: z.number(),
  firstAt: z.number(),
  lastAt: z.number(),
});
// Fields added since the first stored states have defaults, so a state written before them still loads.
const sendingSchema = z.object({
  id: z.string(),
  since: z.number(),
  changes: pendingSchema,
  sequence: z.number().default(0),
  full: z.boolean().default(false),
});
const stateSchema = z.object({
  pending: pendingSchema.nullable(),
  dueNow: z.boolean(),
  sending: sendingSchema.nullable(),
  sequence: z.number().default(0),
  countedFrom: z.number().optional(),
  sentSince: pendingSchema.nullable().default(null),
  seen: z.record(z.string(), z.number()),
  failures: z.number(),
  lastError: z.string().optional(),
  lastSentAt: z.number().optional(),
});

/** Reads a stored state; a record of another shape is an error naming the key (it is never overwritten blindly). */
export function parseRebuildState(value: unknown): RebuildState {
  const parsed = stateSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(
    `the stored "${REBUILD_STATE_KEY}" is not a rebuild state (${issue?.path.join('.')}: ${issue?.message})`,
  );
}

/** How many times a conflicting write is retried before giving up. */
export const UPDATE_ATTEMPTS = 100;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The tail of each store's queue of updates from this process. */
const queues = new WeakMap<StateStore, Promise<unknown>>();

/**
 * Applies `change` to the stored state atomically, re-reading and retrying (with a growing, jittered
 * pause) when another process wrote in between. Updates from one process are queued, so concurrent
 * requests to one server never conflict with each other; `change` returns the new state (or `null`
 * to write nothing) and a result to hand back.
 */
export function updateRebuildState<R>(
  store: StateStore,
  change: (state: RebuildState) => { state: RebuildState | null; result: R },
): Promise<R> {
  const run = (queues.get(store) ?? Promise.resolve()).then(() => compareAndSwap(store, change));
  queues.set(
    store,
    run.catch(() => undefined),
  );
  return run;
}

async function compareAndSwap<R>(
  store: StateStore,
  change: (state: RebuildState) => { state: RebuildState | null; result: R },
): Promise<R> {
  for (let attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
    const current = await store.read(REBUILD_STATE_KEY);
    const { state, result } = change(current ? parseRebuildState(current.value) : emptyRebuildState());
    if (state === null) return result;
    if (await store.write(REBUILD_STATE_KEY, state, current?.etag ?? null)) return result;
    await pause(Math.random() * Math.min(50, 2 + attempt * 2));
  }
  throw new Error(`the rebuild state kept changing under ${UPDATE_ATTEMPTS} attempts to update it`);
}

/** Reads the current state without changing it. */
export async function readRebuildState(store: StateStore): Promise<RebuildState> {
  const current = await store.read(REBUILD_STATE_KEY);
  return current ? parseRebuildState(current.value) : emptyRebuildState();
}
