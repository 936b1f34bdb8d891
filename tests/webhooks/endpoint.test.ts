import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diskStateStore } from '../../src/lib/webhooks/disk-state-store';
import { handleWebhookRequest } from '../../src/lib/webhooks/endpoint';
import { MAX_BODY_BYTES } from '../../src/lib/webhooks/judge-delivery';
import { readRebuildState, type StateStore } from '../../src/lib/webhooks/state-store';
import type { WebhookSettings } from '../../src/lib/webhooks/settings';
import {
  delivery,
  payload,
  productUpdated,
  SECRET,
  settings,
  signedDelivery,
  SIGNING_SECRET,
} from './deliveries';

const URL = 'http://localhost/api/bigcommerce/webhook';
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
let dir: string;
let store: StateStore;
let logged: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'webhook-endpoint-'));
  store = diskStateStore(dir);
  logged = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function send(request: Request, with_: Partial<WebhookSettings> = {}) {
  const response = await handleWebhookRequest(request, {
    settings: { ...settings, ...with_ },
    store,
    now: () => NOW,
    log: (line) => logged.push(line),
  });
  return { status: response.status, body: (await response.json()) as { ok: boolean; message: string } };
}

const pending = async () => (await readRebuildState(store)).pending;

describe('POST /api/bigcommerce/webhook', () => {
  it('records a counted delivery and answers 200', async () => {
    const answer = await send(delivery(URL, productUpdated(112)));
    expect(answer).toEqual({ status: 200, body: { ok: true, message: 'recorded store/product/updated' } });
    expect((await pending())?.products).toEqual([112]);
  });

  it('answers 405 to any other method and records nothing', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const request = new Request(URL, { method, headers: { 'x-webhook-secret': SECRET } });
      expect((await send(request)).status).toBe(405);
    }
    expect(await pending()).toBeNull();
  });

  it('answers 413 to a body over 1 MB, declared or not', async () => {
    const big = 'x'.repeat(MAX_BODY_BYTES + 1);
    expect((await send(delivery(URL, big))).status).toBe(413);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const undeclared = new Request(URL, {
      method: 'POST',
      headers: { 'x-webhook-secret': SECRET },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect((await send(undeclared)).status).toBe(413);
  });

  it('answers 400 to a body that is not JSON', async () => {
    expect(await send(delivery(URL, '{"scope":'))).toEqual({
      status: 400,
      body: { ok: false, message: 'the body is not JSON' },
    });
  });

  it("answers 400 to JSON without BigCommerce's shape, naming the field", async () => {
    const withoutHash: Record<string, unknown> = { ...productUpdated(1) };
    delete withoutHash.hash;
    const answer = await send(delivery(URL, withoutHash));
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(/hash/);
    expect((await send(delivery(URL, { ...productUpdated(1), data: 'product' }))).status).toBe(400);
    expect((await send(delivery(URL, [1, 2]))).status).toBe(400);
  });

  it('answers 401 to a missing or wrong secret, and never echoes a secret', async () => {
    const missing = await send(delivery(URL, productUpdated(1), null));
    const wrong = await send(delivery(URL, productUpdated(1), `${SECRET}x`));
    expect([missing.status, wrong.status]).toEqual([401, 401]);
    expect(missing.body.message).toMatch(/missing X-Webhook-Secret/);
    expect(wrong.body.message).toMatch(/wrong X-Webhook-Secret/);
    const everything = JSON.stringify([missing, wrong, logged]);
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain(SIGNING_SECRET);
    expect(await pending()).toBeNull();
  });

  it('accepts a fresh Standard Webhooks signature and refuses a stale, future or forged one', async () => {
    const seconds = NOW / 1000;
    const body = productUpdated(7);
    expect((await send(signedDelivery(URL, body, 'msg_1', seconds - 60))).status).toBe(200);
    expect((await send(signedDelivery(URL, body, 'msg_2', seconds - 301))).status).toBe(401);
    expect((await send(signedDelivery(URL, body, 'msg_3', seconds + 301))).status).toBe(401);
    expect((await send(signedDelivery(URL, body, 'msg_4', seconds, 'another-secret'))).status).toBe(401);
    expect(
      (await send(signedDelivery(URL, body, 'msg_5', seconds), { signingSecret: undefined })).status,
    ).toBe(401);
    expect((await pending())?.deliveries).toBe(1);
  });

  it('deduplicates by hash, or by webhook-id when signed', async () => {
    await send(delivery(URL, productUpdated(1, 'same')));
    const again = await send(delivery(URL, productUpdated(2, 'same')));
    expect(again.body.message).toMatch(/duplicate/);
    const seconds = NOW / 1000;
    await send(signedDelivery(URL, productUpdated(3, 'h3'), 'msg_9', seconds));
    await send(signedDelivery(URL, productUpdated(4, 'h4'), 'msg_9', seconds));
    expect(await pending()).toMatchObject({ products: [1, 3], deliveries: 2 });
  });

  it('acknowledges other scopes and other channels with 202 and records nothing', async () => {
    const order = await send(delivery(URL, payload('store/order/created', { type: 'order', id: 5 })));
    const otherChannel = await send(
      delivery(URL, payload('store/channel/2/product/assigned', { type: 'product', id: 5 })),
    );
    expect([order.status, otherChannel.status]).toEqual([202, 202]);
    expect(await pending()).toBeNull();
    const ours = await send(
      delivery(URL, payload('store/channel/2/product/assigned', { type: 'product', id: 5 })),
      {
        channelId: 2,
      },
    );
    expect(ours.status).toBe(200);
  });

  it('answers 503 when no secret is configured, naming the variable', async () => {
    const answer = await send(delivery(URL, productUpdated(1)), {
      secret: undefined,
      signingSecret: undefined,
    });
    expect(answer.status).toBe(503);
    expect(answer.body.message).toContain('BIGCOMMERCE_WEBHOOK_SECRET');
  });

  it('answers 503 (so BigCommerce retries) when the state cannot be written', async () => {
    const broken: StateStore = {
      read: () => Promise.reject(new Error('blobs unavailable')),
      write: () => Promise.resolve(false),
    };
    const response = await handleWebhookRequest(delivery(URL, productUpdated(1)), {
      settings,
      store: broken,
      log: (line) => logged.push(line),
    });
    expect(response.status).toBe(503);
    expect(logged.join('\n')).toContain('blobs unavailable');
  });
});
