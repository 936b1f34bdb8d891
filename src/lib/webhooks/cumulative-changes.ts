/**
 * Why each build-hook body names again what earlier sends named (pure). A successful hook call only
 * starts a build; if that build fails (or is cancelled), the next one starts from the cache of an
 * older build. So every body repeats each change sent since the last full send that went out (or since
 * the first send, before any full one) and says which send that was (`since`); a build whose cached
 * catalog is older than that exports in full (`windowProblem` in src/lib/catalog/export-plan.ts).
 */
import {
  entityCount,
  mergePending,
  toRebuildRequest,
  triggerTitle,
  type PendingChanges,
} from './pending-changes';
import type { RebuildRequest } from './rebuild-request';

/** Past this many entities named since `countedFrom`, a send asks for a full rebuild instead (which starts afresh). */
export const CUMULATIVE_ENTITY_LIMIT = 2000;

/** What the rebuild state keeps of the sends that went out. */
export interface SendHistory {
  /** The last send's number (0 before the first; see `nextSequence`). */
  sequence: number;
  /** The send bodies count their changes from: the last full send that went out, else the first send. */
  countedFrom?: number;
  /** The changes of every send since `countedFrom` that went out; each later body names them again. */
  sentSince: PendingChanges | null;
}

/**
 * The next send's number: one above the last, and never below the clock, so a state that was lost and
 * started afresh still numbers its sends above every earlier one, and a catalog cached under the old
 * state cannot pass for one holding the changes up to the new state's `countedFrom`.
 */
export function nextSequence(history: SendHistory, nowMs: number): number {
  return Math.max(history.sequence + 1, Math.floor(nowMs));
}

/** A send about to go out: its body and title, and the send its changes are counted from. */
export interface PlannedSend {
  request: RebuildRequest;
  title: string;
  countedFrom: number;
}

/**
 * Sending `changes` as send `sequence`: with every change sent since `countedFrom`, or as a full
 * rebuild when they ask for one or would name more than `CUMULATIVE_ENTITY_LIMIT` entities. The title
 * (Netlify's deploy list) shows only the new changes.
 */
export function planSend(changes: PendingChanges, history: SendHistory, sequence: number): PlannedSend {
  const countedFrom = history.countedFrom ?? sequence;
  const own = { sequence, since: sequence };
  if (changes.full)
    return { request: toRebuildRequest(changes, own), title: triggerTitle(changes), countedFrom };
  const cumulative = mergePending(history.sentSince, changes)!;
  if (entityCount(cumulative) <= CUMULATIVE_ENTITY_LIMIT) {
    const request = toRebuildRequest(cumulative, { sequence, since: countedFrom });
    return { request, title: triggerTitle(changes), countedFrom };
  }
  const why = `over ${CUMULATIVE_ENTITY_LIMIT} entities changed since the last full rebuild`;
  const full = { ...changes, full: true, reasons: [...changes.reasons, why] };
  return { request: toRebuildRequest(full, own), title: triggerTitle(full), countedFrom };
}

/** The history once a send went out: a full one starts afresh from itself, any other adds its changes. */
export function afterSent(
  history: SendHistory,
  sent: { sequence: number; full: boolean; changes: PendingChanges },
): SendHistory {
  if (sent.full) return { ...history, countedFrom: sent.sequence, sentSince: null };
  return { ...history, sentSince: mergePending(history.sentSince, sent.changes) };
}
