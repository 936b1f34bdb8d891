/**
 * Scheduled Netlify Function: once a day, a full rebuild and a check of the registered hooks.
 * To run it at another time, set `[functions."daily-safety-net"] schedule = "<cron>"` in netlify.toml.
 */
import { managementHookCheck } from '../../src/lib/webhooks/hook-check';
import { runSafetyNet } from '../../src/lib/webhooks/safety-net';
import { webhookSettingsFrom } from '../../src/lib/webhooks/settings';
import { stateStoreFrom } from '../../src/lib/webhooks/state-store-from-env';

/** Runs the safety net once. */
export default async function dailySafetyNet(): Promise<Response> {
  const report = await runSafetyNet({
    settings: webhookSettingsFrom(process.env),
    store: stateStoreFrom(process.env),
    checkHooks: managementHookCheck(process.env),
  });
  return Response.json({ rebuild: report.rebuild.kind, hooks: report.hooks });
}

/** Daily at 03:00 UTC by default. */
export const config = { schedule: '0 3 * * *' };
