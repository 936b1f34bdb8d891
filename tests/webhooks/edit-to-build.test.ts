/**
 * The whole chain, as on Netlify but on this machine: hooks registered with the local store point at
 * `webhooks:serve`; a price edit in the store is delivered (its duplicate too), coalesced, and the
 * build hook is called once with a body naming the product. The next edit's body names both, since
 * the build the first call started may have failed.
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
  it('reaches the build hook once, named in its body, and again in the next edit’s body', async () => {
    const client = createManagementClient({ baseUrl: store.managementUrl, token: store.managementToken });
    const headers = hookHeadersFrom({ BIGCOMMERCE_WEBHOOK_SECRET: SECRET });
    await registerHooks(client, { scopes: registeredScopes(1), destination: server.endpointUrl, headers });

    const skillet = sampleStore().products.find((product) => product.sku === 'HI-SKL')!;
    await editPrice(skillet.entityId, 12.34);

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

    const other = sampleStore().products.find((product) => product.entityId !== skillet.entityId)!;
    await editPrice(other.entityId, 56.78);
    const [, next] = await receiver.waitFor(2, 200, 20_000);
    expect(next.request).toMatchObject({
      full: false,
      products: [skillet.entityId, other.entityId].sort((a, b) => a - b),
      since: call.request.sequence,
    });
    expect(next.request.sequence).toBeGreaterThan(call.request.sequence);
  });
});

/** Changes a product's price through the management API and waits for the store's deliveries. */
async function editPrice(productId: number, price: number) {
  const edit = await fetch(`${store.managementUrl}/v3/catalog/products/${productId}`, {
    method: 'PUT',
    headers: { 'X-Auth-Token': store.managementToken, 'Content-Type': 'application/json' },
    body: JSON.stringify({ price }),
  });
  expect(edit.status).toBe(200);
  await store.webhooks!.idle();
}
