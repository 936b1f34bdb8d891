/** Scheduled Netlify Function: every minute, sends the coalesced changes to the build hook when due. */
import { runRebuildTick } from '../../src/lib/webhooks/rebuild-tick';
import { webhookSettingsFrom } from '../../src/lib/webhooks/settings';
import { stateStoreFrom } from '../../src/lib/webhooks/state-store-from-env';

/** Runs one tick (see src/lib/webhooks/rebuild-tick.ts for why a schedule and not a timer). */
export default async function rebuildTick(): Promise<Response> {
  const outcome = await runRebuildTick({
    settings: webhookSettingsFrom(process.env),
    store: stateStoreFrom(process.env),
  });
  return Response.json(outcome);
}

/** Every minute: the quiet window and the max-delay cap are checked at this resolution. */
export const config = { schedule: '* * * * *' };
