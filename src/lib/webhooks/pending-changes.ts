/** Changes coalesced from deliveries: merging them, and turning them into the build-hook call. */
import type { CatalogChange } from './payload';
import { REBUILD_REQUEST_VERSION, type RebuildRequest } from './rebuild-request';

/** Changes coalesced since the last build, with when the first and the last arrived. */
export interface PendingChanges {
  reasons: string[];
  full: boolean;
  scopes: string[];
  products: number[];
  categories: number[];
  skus: number[];
  deliveries: number;
  firstAt: number;
  lastAt: number;
}

const union = (a: number[], b: number[]) => [...new Set([...a, ...b])].sort((x, y) => x - y);
const unionText = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();

/** Adds one change (from a delivery, or from the safety net) to what is pending. */
export function addChange(
  pending: PendingChanges | null,
  change: CatalogChange,
  reason: string,
  deliveries: number,
  nowMs: number,
): PendingChanges {
  const base = pending ?? emptyPending(nowMs);
  return {
    reasons: unionText(base.reasons, [reason]),
    full: base.full || change.full,
    scopes: change.scope ? unionText(base.scopes, [change.scope]) : base.scopes,
    products: union(base.products, change.products),
    categories: union(base.categories, change.categories),
    skus: union(base.skus, change.skus),
    deliveries: base.deliveries + deliveries,
    firstAt: Math.min(base.firstAt, nowMs),
    lastAt: Math.max(base.lastAt, nowMs),
  };
}

function emptyPending(nowMs: number): PendingChanges {
  const none = { products: [], categories: [], skus: [] };
  return { reasons: [], full: false, scopes: [], ...none, deliveries: 0, firstAt: nowMs, lastAt: nowMs };
}

/** Merges two sets of pending changes, e.g. a failed send's with those that arrived meanwhile. */
export function mergePending(a: PendingChanges | null, b: PendingChanges | null): PendingChanges | null {
  if (!a || !b) return a ?? b;
  return {
    reasons: unionText(a.reasons, b.reasons),
    full: a.full || b.full,
    scopes: unionText(a.scopes, b.scopes),
    products: union(a.products, b.products),
    categories: union(a.categories, b.categories),
    skus: union(a.skus, b.skus),
    deliveries: a.deliveries + b.deliveries,
    firstAt: Math.min(a.firstAt, b.firstAt),
    lastAt: Math.max(a.lastAt, b.lastAt),
  };
}

/** How many products, categories and SKUs the changes name. */
export const entityCount = (pending: PendingChanges): number =>
  pending.products.length + pending.categories.length + pending.skus.length;

/** The build-hook body for changes, as send `sequence` counting from send `since` (shape fixed by `rebuild-request.ts`). */
export function toRebuildRequest(
  pending: PendingChanges,
  numbering: { sequence: number; since: number },
): RebuildRequest {
  return {
    version: REBUILD_REQUEST_VERSION,
    sequence: numbering.sequence,
    since: numbering.since,
    reason: pending.reasons.join('+') || 'webhook',
    full: pending.full,
    scopes: pending.scopes,
    products: pending.products,
    categories: pending.categories,
    skus: pending.skus,
    deliveries: pending.deliveries,
  };
}

const SCOPES_IN_TITLE = 4;

/** The build's title in Netlify's deploy list: the scopes, and how many entities changed. */
export function triggerTitle(pending: PendingChanges): string {
  const entities = entityCount(pending);
  const shown = pending.scopes.slice(0, SCOPES_IN_TITLE).join(', ');
  const more =
    pending.scopes.length > SCOPES_IN_TITLE ? ` and ${pending.scopes.length - SCOPES_IN_TITLE} more` : '';
  const scopes = pending.scopes.length ? `${shown}${more}` : 'no webhook scopes';
  const what = pending.full ? `full rebuild, ${entities} entities named` : `${entities} entities changed`;
  return `${pending.reasons.join('+') || 'webhook'}: ${scopes} (${what}, ${pending.deliveries} deliveries)`;
}
