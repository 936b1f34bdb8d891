/**
 * One run of the rebuild schedule: if the pending changes are due, send them to the build hook.
 *
 * Why a scheduled function and not a background function: a function cannot hold a timer between
 * invocations, and a background function that sleeps out the quiet window would have to be started
 * per burst, would be cut short by its 15-minute limit on a long max-delay, and two of them could race.
 * A tick every minute reads the shared state, sends at most once (the send is claimed by a
 * conditional write, so overlapping ticks cannot both send) and retries a failed call on the next
 * run. The price is up to a minute's extra latency on top of the quiet window.
 */
import { randomUUID } from 'node:crypto';
import { callBuildHook } from './build-hook';
import { planTick, settleSend, type TickPlan } from './rebuild-state';
import type { WebhookSettings } from './settings';
import { readRebuildState, updateRebuildState, type StateStore } from './state-store';

/** What a tick needs from the world. */
export interface TickDeps {
  settings: WebhookSettings;
  store: StateStore;
  now?: () => number;
  fetch?: typeof fetch;
  log?: (line: string) => void;
}

/** What a tick did, for its log line and for tests. */
export type TickOutcome =
  | { kind: 'idle' | 'busy' | 'waiting' | 'no-hook' }
  | { kind: 'sent'; title: string }
  | { kind: 'failed'; error: string };

/** Runs one tick. */
export async function runRebuildTick(deps: TickDeps): Promise<TickOutcome> {
  const now = deps.now ?? Date.now;
  const log = deps.log ?? console.log;
  const { buildHookUrl } = deps.settings;
  if (!buildHookUrl) {
    const { pending } = await readRebuildState(deps.store);
    if (pending)
      log(`rebuild tick: NETLIFY_BUILD_HOOK_URL is not set; ${pending.deliveries} deliveries stay pending`);
    return { kind: 'no-hook' };
  }
  const sendId = randomUUID();
  const plan = await updateRebuildState<TickPlan>(deps.store, (state) => {
    const planned = planTick(state, deps.settings, now(), sendId);
    return { state: planned.action === 'send' ? planned.state : null, result: planned };
  });
  if (plan.action === 'idle') return { kind: 'idle' };
  if (plan.action === 'busy') return { kind: 'busy' };
  if (plan.action === 'wait') return { kind: 'waiting' };
  const result = await callBuildHook(buildHookUrl, plan.request, plan.title, deps.fetch);
  const outcome = result.ok ? { ok: true as const, atMs: now() } : result;
  await updateRebuildState(deps.store, (state) => ({
    state: settleSend(state, sendId, outcome),
    result: null,
  }));
  if (result.ok) {
    log(`rebuild tick: build hook called: ${plan.title}`);
    return { kind: 'sent', title: plan.title };
  }
  log(`rebuild tick: ${result.error}; the changes stay pending and are retried on the next tick`);
  return { kind: 'failed', error: result.error };
}
