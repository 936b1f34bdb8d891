import { afterEach, describe, expect, it } from 'vitest';
import { startLocalStore, type DeliveryOptions, type LocalStore } from '../../local-store/index';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';

let store: LocalStore;
let receiver: WebhookReceiver;
afterEach(async () => {
  await store.stop();
  await receiver.close();
});

async function start(webhooks: DeliveryOptions) {
  store = await startLocalStore({ port: 0, webhooks });
  receiver = await startWebhookReceiver();
}

async function api(method: string, path: string, body?: unknown) {
  const reply = await fetch(`${store.managementUrl}${path}`, {
    method,
    headers: { 'x-auth-token': store.managementToken, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await reply.json()) as { data: { id: number; is_active: boolean } };
}

const register = (scope: string, destination = receiver.url) =>
  api('POST', '/v3/hooks', { scope, destination, is_active: true, headers: { 'X-Webhook-Secret': 'hush' } });

describe('webhook delivery on catalog edits', () => {
  it('sends BigCommerce’s payload with the hook’s headers, then the same hash once more', async () => {
    await start({ retryDelaysMs: [] });
    await register('store/product/updated');
    await register('store/category/updated');
    await api('PUT', '/v3/catalog/products/78', { price: 175 });
    await store.webhooks!.idle();

    expect(receiver.received).toHaveLength(2);
    const [first, duplicate] = receiver.received;
    expect(first.headers['x-webhook-secret']).toBe('hush');
    expect(first.headers['content-type']).toBe('application/json');
    expect(first.body).toEqual({
      scope: 'store/product/updated',
      store_id: expect.stringMatching(/^\d+$/),
      data: { type: 'product', id: 78 },
      hash: expect.stringMatching(/^[0-9a-f]{40}$/),
      created_at: expect.any(Number),
      producer: 'stores/sample1',
    });
    expect(duplicate.body).toEqual(first.body);
  });

  it('announces a stock change as inventory/updated, and reaches a wildcard hook', async () => {
    await start({ retryDelaysMs: [], duplicates: false });
    await register('store/product/*');
    await api('PUT', '/v3/catalog/products/79', { inventory_level: 4 });
    await store.webhooks!.idle();
    expect(receiver.received.map((each) => each.body.scope)).toEqual(['store/product/inventory/updated']);
    expect(receiver.received[0].body.data).toMatchObject({
      type: 'product',
      id: 79,
      inventory: { value: 4 },
    });
  });

  it('sends nothing to inactive hooks or for an edit that changes nothing', async () => {
    await start({ retryDelaysMs: [], duplicates: false });
    const { data } = await register('store/product/updated');
    await api('PUT', '/v3/catalog/products/78', { name: 'Cast Iron Dutch Oven' });
    await api('PUT', `/v3/hooks/${data.id}`, { is_active: false });
    await api('PUT', '/v3/catalog/products/78', { price: 1 });
    await store.webhooks!.idle();
    expect(receiver.received).toEqual([]);
  });

  it('retries a refused delivery with the same hash until it is received', async () => {
    await start({ retryDelaysMs: [1, 1, 1], duplicates: false });
    await register('store/product/updated');
    receiver.refuseNext(2);
    await api('PUT', '/v3/catalog/products/78', { price: 170 });
    await store.webhooks!.idle();
    expect(receiver.received.map((each) => each.answered)).toEqual([503, 503, 200]);
    expect(new Set(receiver.received.map((each) => each.body.hash)).size).toBe(1);
  });

  it('deactivates a hook whose retries all fail, as BigCommerce does', async () => {
    await start({ retryDelaysMs: [1, 1], duplicates: false });
    const { data } = await register('store/product/updated');
    receiver.refuseNext(10);
    await api('PUT', '/v3/catalog/products/78', { price: 160 });
    await store.webhooks!.idle();
    expect(receiver.received).toHaveLength(3);
    expect((await api('GET', `/v3/hooks/${data.id}`)).data.is_active).toBe(false);
  });
});
