/** `npm run webhooks` and the safety net's reactivation against the local store, and the price-change chain. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStore, type LocalStore } from '../../local-store/index';
import { DEACTIVATE_HOOK_CONTROL_PATH } from '../../local-store/core/controls';
import { createManagementClient } from '../../src/lib/management/client';
import { listHooks } from '../../src/lib/management/hooks';
import { reactivateInactiveHooks } from '../../src/lib/management/webhook-registration';
import { managementHookCheck } from '../../src/lib/webhooks/hook-check';
import { registeredScopes } from '../../src/lib/webhooks/scopes';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';

const TSX = path.resolve('node_modules/.bin/tsx');
let store: LocalStore;
let receiver: WebhookReceiver;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  store = await startLocalStore({ port: 0, webhooks: { retryDelaysMs: [] } });
  receiver = await startWebhookReceiver();
  env = {
    ...process.env,
    BIGCOMMERCE_API_URL: store.managementUrl,
    BIGCOMMERCE_ACCESS_TOKEN: store.managementToken,
    SITE_URL: new URL(receiver.url).origin,
    BIGCOMMERCE_WEBHOOK_SECRET: 'e2e-secret',
  };
});
afterAll(async () => {
  await store.stop();
  await receiver.close();
});

/** Runs a script with tsx; resolves with its exit code and output. */
async function run(script: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout } = await promisify(execFile)(TSX, [script, ...args], { env: { ...env, ...extraEnv } });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}
const webhooks = (...args: string[]) => run('scripts/webhooks.ts', args);
const client = () => createManagementClient({ baseUrl: store.managementUrl, token: store.managementToken });
const deactivate = (id: number) =>
  fetch(`${store.url}${DEACTIVATE_HOOK_CONTROL_PATH}`, { method: 'POST', body: JSON.stringify({ id }) });

describe('npm run webhooks', () => {
  const scopes = registeredScopes(1);

  it('changes nothing on a dry run', async () => {
    const dry = await webhooks('register', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.output.match(/would create/g)).toHaveLength(scopes.length);
    expect(await listHooks(client())).toEqual([]);
  });

  it('registers one hook per scope with the secret header, and a second run changes nothing', async () => {
    const first = await webhooks('register');
    expect(first.output.match(/^created\s/gm)).toHaveLength(scopes.length);
    const hooks = await listHooks(client());
    expect(hooks.map((hook) => hook.scope).sort()).toEqual([...scopes].sort());
    expect(hooks.every((hook) => hook.destination === receiver.url && hook.is_active)).toBe(true);
    expect(hooks.every((hook) => hook.headers?.['X-Webhook-Secret'] === 'e2e-secret')).toBe(true);

    const second = await webhooks('register');
    expect(second.output).toContain('Nothing to change');
    expect(second.output.match(/unchanged/g)).toHaveLength(scopes.length);
    expect(await listHooks(client())).toEqual(hooks);
  });

  it('warns about an inactive hook in status, and register reactivates it', async () => {
    const [hook] = await listHooks(client());
    await deactivate(hook.id);
    const status = await webhooks('status');
    expect(status.output).toMatch(new RegExp(`INACTIVE\\s+${hook.scope.replace(/[*/]/g, '\\$&')}`));
    expect(status.output).toContain(`Warning: hook ${hook.id} (${hook.scope}) is inactive`);
    const again = await webhooks('register');
    expect(again.output).toMatch(/updated \(inactive\)/);
    expect((await listHooks(client())).every((each) => each.is_active)).toBe(true);
  });

  it('names the variable to fix when the token is wrong', async () => {
    const refused = await run('scripts/webhooks.ts', ['list'], { BIGCOMMERCE_ACCESS_TOKEN: 'wrong' });
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('Check BIGCOMMERCE_ACCESS_TOKEN');
  });
});

describe('reactivateInactiveHooks', () => {
  it('reactivates what BigCommerce deactivated and reports it, then finds nothing to do', async () => {
    const hooks = await listHooks(client());
    await deactivate(hooks[0].id);
    await deactivate(hooks[1].id);
    const report = await reactivateInactiveHooks(client(), { destination: receiver.url });
    expect(report.checked).toBe(hooks.length);
    expect(report.reactivated.map((hook) => hook.id)).toEqual([hooks[0].id, hooks[1].id]);
    expect(report.lines[0]).toBe(`reactivated hook ${hooks[0].id} (${hooks[0].scope})`);
    const quiet = await reactivateInactiveHooks(client(), { destination: receiver.url });
    expect(quiet.reactivated).toEqual([]);
    expect(quiet.lines).toEqual([`${hooks.length} hook(s) at ${receiver.url}, all active`]);
  });

  it('is what the daily safety net runs, from its environment', async () => {
    const [hook] = await listHooks(client());
    await deactivate(hook.id);
    expect(await managementHookCheck(env)()).toEqual([`reactivated hook ${hook.id} (${hook.scope})`]);
    expect(await managementHookCheck({ ...env, BIGCOMMERCE_ACCESS_TOKEN: '' })()).toEqual([
      'registered hooks were not checked: BIGCOMMERCE_ACCESS_TOKEN is not set',
    ]);
    const wrong = await managementHookCheck({ ...env, BIGCOMMERCE_ACCESS_TOKEN: 'wrong' })();
    expect(wrong[0]).toMatch(/^registered hooks could not be checked: /);
    expect(wrong[0]).not.toContain('wrong');
  });
});

describe('a price change in the store reaches the registered destination', () => {
  it('delivers store/product/updated for that product with the secret header, duplicate included', async () => {
    receiver.received.length = 0;
    const edit = await run('local-store/cli.ts', ['set-price', 'HI-SKL', '12.34', '--url', store.url]);
    expect(edit.output).toContain('Product 77 (HI-SKL)');
    await store.webhooks!.idle();
    const updates = receiver.received.filter((each) => each.body.scope === 'store/product/updated');
    expect(updates).toHaveLength(2);
    for (const delivery of updates) {
      expect(delivery.body.data).toEqual({ type: 'product', id: 77 });
      expect(delivery.headers['x-webhook-secret']).toBe('e2e-secret');
    }
    expect(updates[0].body.hash).toBe(updates[1].body.hash);
  });
});

describe('npm run local-store -- set-price', () => {
  it('refuses a price that is not one, and a SKU the store does not have, naming them', async () => {
    const badPrice = await run('local-store/cli.ts', ['set-price', 'HI-SKL', 'cheap', '--url', store.url]);
    expect(badPrice.code).toBe(2);
    expect(badPrice.output).toContain('price must be a number of at least 0, got "cheap"');
    const noSku = await run('local-store/cli.ts', ['set-price', 'NO-SUCH-SKU', '5', '--url', store.url]);
    expect(noSku.code).toBe(1);
    expect(noSku.output).toContain('The store has no product with SKU "NO-SUCH-SKU"');
  });
});

describe('npm run webhooks -- delete', () => {
  it('removes this site’s hooks', async () => {
    const removed = await webhooks('delete');
    expect(removed.output.match(/^deleted\s/gm)).toHaveLength(registeredScopes(1).length);
    expect(await listHooks(client())).toEqual([]);
    expect((await webhooks('delete')).output).toContain('No hooks to delete');
  });
});
