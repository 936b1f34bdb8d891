/**
 * Registering the site's webhooks through the management API (I/O): register, list, status, delete,
 * and the safety net's reactivation of hooks BigCommerce deactivated. Each returns rows for a table
 * and lines saying what happened, so the command and the scheduled function report alike.
 */
import { ConfigError, envValue, type Env } from '../config';
import { WEBHOOK_ROUTE } from '../webhooks/scopes';
import type { ManagementClient } from './client';
import { planRegistration, planRemoval, type HookStep } from './hook-plan';
import { createHook, deleteHook, listHooks, updateHook, type Hook } from './hooks';

/** The header that carries the shared secret to the endpoint. */
export const SECRET_HEADER = 'X-Webhook-Secret';

/** What the hooks must look like. */
export interface HookTarget {
  destination: string;
  headers: Record<string, string>;
  scopes: readonly string[];
}

/** What a command did: table rows (action, scope, id, active) and notes. */
export interface HookReport {
  rows: string[][];
  notes: string[];
  /** True when the command changed (or, dry, would change) something. */
  changed: boolean;
}

/** The hook destination for the site at `SITE_URL` (or Netlify's `URL`), or a `ConfigError`. */
export function hookDestinationFrom(env: Env): string {
  const site = envValue(env.SITE_URL) ?? envValue(env.URL);
  if (!site) throw new ConfigError('SITE_URL', 'set SITE_URL (or URL) to the public address of the site');
  try {
    return new URL(WEBHOOK_ROUTE, site).href;
  } catch {
    throw new ConfigError('SITE_URL', `"${site}" is not a URL`);
  }
}

/** The custom headers each hook carries: the shared secret, or a `ConfigError` without one. */
export function hookHeadersFrom(env: Env): Record<string, string> {
  const secret = envValue(env.BIGCOMMERCE_WEBHOOK_SECRET);
  if (!secret)
    throw new ConfigError(
      'BIGCOMMERCE_WEBHOOK_SECRET',
      'set it to a long random string shared with the endpoint',
    );
  return { [SECRET_HEADER]: secret };
}

const row = (action: string, hook: Pick<Hook, 'scope'> & Partial<Hook>) => [
  action,
  hook.scope,
  hook.id === undefined ? '-' : String(hook.id),
  hook.is_active === undefined ? '-' : hook.is_active ? 'yes' : 'NO',
];

async function apply(client: ManagementClient, steps: HookStep[], dryRun: boolean): Promise<HookReport> {
  const rows: string[][] = [];
  for (const step of steps) {
    if (step.action === 'unchanged') rows.push(row('unchanged', step.hook));
    else if (step.action === 'create')
      rows.push(
        row(dryRun ? 'would create' : 'created', dryRun ? step.input : await createHook(client, step.input)),
      );
    else if (step.action === 'update')
      rows.push(
        row(
          `${dryRun ? 'would update' : 'updated'} (${step.why})`,
          dryRun ? step.hook : await updateHook(client, step.hook.id, step.input),
        ),
      );
    else {
      if (!dryRun) await deleteHook(client, step.hook.id);
      rows.push(row(dryRun ? 'would delete' : 'deleted', step.hook));
    }
  }
  const changed = steps.some((step) => step.action !== 'unchanged');
  const notes = changed ? [] : ['Nothing to change: every hook is already as it should be.'];
  return { rows, notes, changed };
}

/** Creates or updates one active hook per scope; a second run changes nothing and says so. */
export async function registerHooks(
  client: ManagementClient,
  target: HookTarget,
  dryRun = false,
): Promise<HookReport> {
  const existing = await listHooks(client);
  return apply(client, planRegistration(existing, target.scopes, target.destination, target.headers), dryRun);
}

/** Deletes every hook at the site's destination. */
export async function deleteHooks(
  client: ManagementClient,
  destination: string,
  dryRun = false,
): Promise<HookReport> {
  const report = await apply(client, planRemoval(await listHooks(client), destination), dryRun);
  return report.changed ? report : { ...report, notes: [`No hooks to delete at ${destination}.`] };
}

/** Every hook of the account, this site's and others'. */
export async function listAllHooks(client: ManagementClient, destination: string): Promise<HookReport> {
  const hooks = await listHooks(client);
  const rows = hooks.map((hook) => [
    ...row('', hook).slice(1),
    hook.destination === destination ? 'this site' : hook.destination,
  ]);
  return {
    rows,
    notes: hooks.length ? [] : ['The store has no hooks for this API account.'],
    changed: false,
  };
}

/** Each needed scope's hook and whether it is active, with a warning for inactive and missing ones. */
export async function hookStatus(client: ManagementClient, target: HookTarget): Promise<HookReport> {
  const hooks = (await listHooks(client)).filter((hook) => hook.destination === target.destination);
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const scope of target.scopes) {
    const hook = hooks.find((each) => each.scope === scope);
    rows.push(row(hook ? (hook.is_active ? 'active' : 'INACTIVE') : 'MISSING', hook ?? { scope }));
    if (!hook) notes.push(`Warning: no hook for ${scope}; run \`npm run webhooks -- register\`.`);
    else if (!hook.is_active)
      notes.push(
        `Warning: hook ${hook.id} (${scope}) is inactive, so BigCommerce sends it nothing; run register to reactivate it.`,
      );
  }
  return { rows, notes, changed: false };
}

/** What the safety net's hook check found and did. */
export interface ReactivationReport {
  checked: number;
  reactivated: Hook[];
  failed: { hook: Hook; error: string }[];
  /** One line per finding, for the log. */
  lines: string[];
}

/**
 * Reactivates the inactive hooks at `destination` (BigCommerce deactivates a hook after 48 hours of
 * failed retries, or 90 days without events). A hook that cannot be reactivated is reported, not thrown.
 */
export async function reactivateInactiveHooks(
  client: ManagementClient,
  options: { destination: string },
): Promise<ReactivationReport> {
  const hooks = (await listHooks(client)).filter((hook) => hook.destination === options.destination);
  const report: ReactivationReport = { checked: hooks.length, reactivated: [], failed: [], lines: [] };
  for (const hook of hooks.filter((each) => !each.is_active)) {
    try {
      report.reactivated.push(await updateHook(client, hook.id, { is_active: true }));
      report.lines.push(`reactivated hook ${hook.id} (${hook.scope})`);
    } catch (error) {
      report.failed.push({ hook, error: (error as Error).message });
      report.lines.push(`could not reactivate hook ${hook.id} (${hook.scope}): ${(error as Error).message}`);
    }
  }
  if (!report.reactivated.length && !report.failed.length)
    report.lines.push(`${hooks.length} hook(s) at ${options.destination}, all active`);
  return report;
}
