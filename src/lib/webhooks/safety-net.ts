/**
 * The daily safety net: asks for a full rebuild (brand edits send no webhook, and deliveries can be
 * lost) through the same pending state as webhooks, so a failed hook call is retried by the tick,
 * then checks that BigCommerce still has the hooks active.
 */
import { requestFullRebuild } from './rebuild-state';
import { runRebuildTick, type TickDeps, type TickOutcome } from './rebuild-tick';
import { updateRebuildState } from './state-store';

/** What the hook check found and did, as lines for the log. */
export type HookCheck = () => Promise<string[]>;

/** What one safety-net run did. */
export interface SafetyNetReport {
  rebuild: TickOutcome;
  hooks: string[];
}

/** Runs the safety net once and logs what it found and did. */
export async function runSafetyNet(deps: TickDeps & { checkHooks?: HookCheck }): Promise<SafetyNetReport> {
  const now = deps.now ?? Date.now;
  const log = deps.log ?? console.log;
  await updateRebuildState(deps.store, (state) => ({
    state: requestFullRebuild(state, 'safety-net', now()),
    result: null,
  }));
  log('safety net: full rebuild requested');
  const rebuild = await runRebuildTick(deps);
  const hooks = deps.checkHooks ? await deps.checkHooks() : ['registered hooks were not checked'];
  for (const line of hooks) log(`safety net: ${line}`);
  return { rebuild, hooks };
}
