/**
 * The whole chain, as on Netlify but on this machine: hooks registered with the local store point at
 * `webhooks:serve`; a price edit in the store is delivered (its duplicate too), coalesced, and the
 * build hook is called once with a body naming the product.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStore, type LocalStore } from '../../local-store/index';
import { sampleStore } from '../../local-store/data/sample';
import { startWebhookServer, type WebhookServer } from '../../scripts/webhooks/server';
import { createManagementClient } from '../../src/lib/management/client';
import { hookHeadersFrom, registerHooks } from '../../src/lib/management/webhook-registration';
import { registeredScopes } from '../../src/lib/webhooks/scopes';
import { startBuildHookReceiver, type BuildHookReceiver } from './build-hook-receiver';
import { SECRET } from './deliveries';

let store: LocalStore;
let server: WebhookServer;
let receiver: BuildHookReceiver;
let stateDir: string;

beforeAll(async () => {
  receiver = await startBuildHookReceiver();
  stateDir = mkdtempSync(join(tmpdir(), 'edit-to-build-'));
  server = await startWebhookServer({
    env: {
      BIGCOMMERCE_WEBHOOK_SECRET: SECRET,
      NETLIFY_BUILD_HOOK_URL: receiver.url,
      REBUILD_DEBOUNCE_SECONDS: '1',
      REBUILD_MAX_DELAY_SECONDS: '30',
    },
    stateDir,
    tickMs: 200,
    log: () => {},
  });
  store = await startLocalStore({ port: 0, webhooks: { retryDelaysMs: [] } });
});

afterAll(async () => {
  await store?.stop();
  await server?.stop();
  await receiver?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

describe('a merchant’s price edit', () => {
  it('reaches the build hook once, named in its body, through registered hooks and the endpoint', async () => {
    const client = createManagementClient({ baseUrl: store.managementUrl, token: store.managementToken });
    const headers = hookHeadersFrom({ BIGCOMMERCE_WEBHOOK_SECRET: SECRET });
    await registerHooks(client, { scopes: registeredScopes(1), destination: server.endpointUrl, headers });

    const skillet = sampleStore().products.find((product) => product.sku === 'HI-SKL')!;
    const edit = await fetch(`${store.managementUrl}/v3/catalog/products/${skillet.entityId}`, {
      method: 'PUT',
      headers: { 'X-Auth-Token': store.managementToken, 'Content-Type': 'application/json' },
      body: JSON.stringify({ price: 12.34 }),
    });
    expect(edit.status).toBe(200);
    await store.webhooks!.idle();

    const [call] = await receiver.waitFor(1, 200, 20_000);
    expect(call.request).toMatchObject({
      full: false,
      products: [skillet.entityId],
      scopes: ['store/product/updated'],
    });
    expect(call.title).toContain('store/product/updated');
    // The store sent the delivery twice with one hash; a few more ticks bring no second build.
    await server.ticksAfter(5);
    expect(receiver.calls).toHaveLength(1);
    expect(call.request.deliveries).toBe(1);
  });
});
