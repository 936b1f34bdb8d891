/**
 * The coalescing state machine, kept in one record across invocations: deliveries add changes,
 * a tick moves the due changes into `sending`, and the hook call's outcome settles them (sent, or
 * merged back to be retried on the next tick). Every function is pure; time comes in as `nowMs`.
 * Each send is numbered and repeats what earlier sends named: see `cumulative-changes.ts`.
 */
import { afterSent, nextSequence, planSend, type SendHistory } from './cumulative-changes';
import type { CatalogChange } from './payload';
import { addChange, mergePending, type PendingChanges } from './pending-changes';
import type { RebuildRequest } from './rebuild-request';

/** Dedupe keys are remembered this long (BigCommerce's duplicates arrive within minutes). */
export const SEEN_RETENTION_MS = 24 * 60 * 60 * 1000;
/** At most this many dedupe keys are kept; the oldest go first. */
export const SEEN_LIMIT = 5000;
/** A send that never settled (its function died) is taken back after this long and retried. */
export const SEND_LEASE_MS = 2 * 60 * 1000;

/** Everything the endpoint and the tick share. */
export interface RebuildState extends SendHistory {
  pending: PendingChanges | null;
  /** True after a failed call or a safety-net request: the next tick sends without waiting. */
  dueNow: boolean;
  /** The send in flight: when it started, its own changes (not those it repeated), its number, and if it was full. */
  sending: { id: string; since: number; changes: PendingChanges; sequence: number; full: boolean } | null;
  /** Dedupe key → when it was first received. */
  seen: Record<string, number>;
  failures: number;
  lastError?: string;
  lastSentAt?: number;
}

/** The windows that decide when pending changes are due. */
export interface CoalescingWindows {
  debounceMs: number;
  maxDelayMs: number;
}

/** The state before anything has happened. */
export function emptyRebuildState(): RebuildState {
  return {
    pending: null,
    dueNow: false,
    sending: null,
    seen: {},
    failures: 0,
    sequence: 0,
    sentSince: null,
  };
}

function pruneSeen(seen: Record<string, number>, nowMs: number, limit: number): Record<string, number> {
  const kept = Object.entries(seen).filter(([, at]) => nowMs - at < SEEN_RETENTION_MS);
  if (kept.length <= limit) return kept.length === Object.keys(seen).length ? seen : Object.fromEntries(kept);
  // Trimmed to 80% of the limit, so the sort happens once per thousand deliveries, not on each.
  const newest = kept.sort((a, b) => b[1] - a[1]).slice(0, Math.floor(limit * 0.8));
  return Object.fromEntries(newest);
}

/** Records a delivery's change unless its dedupe key was seen already. */
export function recordDelivery(
  state: RebuildState,
  key: string,
  change: CatalogChange,
  nowMs: number,
  seenLimit = SEEN_LIMIT,
): { state: RebuildState; duplicate: boolean } {
  if (key in state.seen) return { state, duplicate: true };
  const seen = pruneSeen({ ...state.seen, [key]: nowMs }, nowMs, seenLimit);
  return {
    state: { ...state, seen, pending: addChange(state.pending, change, 'webhook', 1, nowMs) },
    duplicate: false,
  };
}

/** Asks for a full rebuild at the next tick (the daily safety net), through the same pending state. */
export function requestFullRebuild(state: RebuildState, reason: string, nowMs: number): RebuildState {
  const change: CatalogChange = { scope: '', full: true, products: [], categories: [], skus: [] };
  return { ...state, pending: addChange(state.pending, change, reason, 0, nowMs), dueNow: true };
}

/** When pending changes become due: after the quiet window, or at the max-delay cap, whichever is first. */
export function dueAt(state: RebuildState, windows: CoalescingWindows): number | undefined {
  const { pending } = state;
  if (!pending) return undefined;
  if (state.dueNow) return pending.firstAt;
  return Math.min(pending.lastAt + windows.debounceMs, pending.firstAt + windows.maxDelayMs);
}

/** What a tick should do now. */
export type TickPlan =
  | { action: 'idle' }
  | { action: 'wait'; dueAt: number }
  | { action: 'busy'; since: number }
  | { action: 'send'; request: RebuildRequest; title: string; state: RebuildState };

/** Plans a tick: a send moves the pending changes into `sending` under `sendId`. */
export function planTick(
  state: RebuildState,
  windows: CoalescingWindows,
  nowMs: number,
  sendId: string,
): TickPlan {
  let current = state;
  if (current.sending) {
    if (nowMs - current.sending.since < SEND_LEASE_MS)
      return { action: 'busy', since: current.sending.since };
    current = settleSend(current, current.sending.id, { ok: false, error: 'a send never settled' });
  }
  const due = dueAt(current, windows);
  if (due === undefined || !current.pending) return { action: 'idle' };
  if (due > nowMs) return { action: 'wait', dueAt: due };
  const changes = current.pending;
  const sequence = nextSequence(current, nowMs);
  const { request, title, countedFrom } = planSend(changes, current, sequence);
  const sending = { id: sendId, since: nowMs, changes, sequence, full: request.full };
  return {
    action: 'send',
    request,
    title,
    state: { ...current, pending: null, dueNow: false, sequence, countedFrom, sending },
  };
}

/** How a hook call ended. */
export type SendOutcome = { ok: true; atMs?: number } | { ok: false; error: string };

/**
 * Settles a send: done (its changes join those later bodies name again), or its changes merged back
 * with any that arrived meanwhile, due at the next tick.
 */
export function settleSend(state: RebuildState, sendId: string, outcome: SendOutcome): RebuildState {
  const sent = state.sending;
  if (sent?.id !== sendId) return state;
  if (outcome.ok) {
    return {
      ...state,
      ...afterSent(state, sent),
      sending: null,
      failures: 0,
      lastError: undefined,
      lastSentAt: outcome.atMs,
    };
  }
  return {
    ...state,
    sending: null,
    pending: mergePending(sent.changes, state.pending),
    dueNow: true,
    failures: state.failures + 1,
    lastError: outcome.error,
  };
}
