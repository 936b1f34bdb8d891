import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diskStateStore } from '../../src/lib/webhooks/disk-state-store';
import { readRebuildState } from '../../src/lib/webhooks/state-store';
import { startWebhookServer, type WebhookServer } from '../../scripts/webhooks/server';
import { HOOK_ID, startBuildHookReceiver, type BuildHookReceiver } from './build-hook-receiver';
import { delivery, payload, productUpdated, SECRET, SIGNING_SECRET, signedDelivery } from './deliveries';

let server: WebhookServer | undefined;
let receiver: BuildHookReceiver | undefined;
let stateDir: string | undefined;
const logs: string[] = [];

afterEach(async () => {
  await server?.stop();
  await receiver?.stop();
  if (stateDir) rmSync(stateDir, { recursive: true, force: true });
  server = receiver = stateDir = undefined;
  logs.length = 0;
});

async function start(debounceSeconds: number, maxDelaySeconds: number, tickMs: number) {
  receiver = await startBuildHookReceiver();
  stateDir = mkdtempSync(join(tmpdir(), 'webhooks-serve-'));
  server = await startWebhookServer({
    env: {
      BIGCOMMERCE_WEBHOOK_SECRET: SECRET,
      BIGCOMMERCE_WEBHOOK_SIGNING_SECRET: SIGNING_SECRET,
      NETLIFY_BUILD_HOOK_URL: receiver.url,
      REBUILD_DEBOUNCE_SECONDS: String(debounceSeconds),
      REBUILD_MAX_DELAY_SECONDS: String(maxDelaySeconds),
    },
    stateDir,
    tickMs,
    log: (line) => logs.push(line),
  });
  return { server, receiver, state: () => readRebuildState(diskStateStore(stateDir!)) };
}

const post = async (request: Request) => (await fetch(request)).status;

/** Sends `requests` with at most `parallel` in flight, returning every status. */
async function sendAll(requests: (() => Request)[], parallel: number): Promise<number[]> {
  const statuses: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) statuses.push(await post(requests[next++]()));
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return statuses;
}

describe('webhooks:serve with a build-hook receiver', () => {
  it('turns 1,000 deliveries, duplicates among them, into exactly one build once the window passed', async () => {
    const { server, receiver, state } = await start(3, 120, 200);
    const unique = Array.from({ length: 700 }, (_, i) =>
      i % 7 === 0
        ? payload(
            'store/sku/updated',
            { type: 'sku', id: 9000 + i, sku: { product_id: 1 + (i % 350) } },
            `h-${i}`,
          )
        : productUpdated(1 + (i % 350), `h-${i}`),
    );
    // Each of the first 300 is sent again a little later, as BigCommerce's duplicates are.
    const bodies = unique.flatMap((body, i) => (i >= 10 && i < 310 ? [body, unique[i - 10]] : [body]));
    const all = bodies.map((body) => () => delivery(server.endpointUrl, body));
    const statuses = await sendAll(all, 20);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1000);
    expect(receiver.calls).toHaveLength(0);

    const [call] = await receiver.waitFor(1);
    expect(call.request).toMatchObject({ reason: 'webhook', full: false, deliveries: 700 });
    expect(call.request.products).toEqual(Array.from({ length: 350 }, (_, i) => i + 1));
    expect(call.request.skus).toHaveLength(100);
    expect(call.request.scopes).toEqual(['store/product/updated', 'store/sku/updated']);
    expect(call.title).toBe(
      'webhook: store/product/updated, store/sku/updated (450 entities changed, 700 deliveries)',
    );
    await server.ticksAfter(5);
    expect(receiver.calls).toHaveLength(1);
    expect((await state()).pending).toBeNull();
    expect(receiver.unusable).toEqual([]);
  });

  it('still builds at the max-delay cap when deliveries never pause', async () => {
    const { server, receiver } = await start(2, 4, 200);
    const built = receiver.waitFor(1);
    let sent = 0;
    let done = false;
    void built.finally(() => (done = true));
    while (!done) {
      expect(await post(delivery(server.endpointUrl, productUpdated(++sent, `stream-${sent}`)))).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const [call] = await built;
    expect(call.request.products.length).toBeGreaterThan(1);
    expect(call.request.products).toEqual(
      Array.from({ length: call.request.products.length }, (_, i) => i + 1),
    );
    expect(sent).toBeGreaterThanOrEqual(call.request.products.length);
  });

  it('calls no build for a wrong secret, a stale or forged signature, and one for a genuine delivery', async () => {
    const { server, receiver, state } = await start(0.3, 1, 100);
    const now = Math.floor(Date.now() / 1000);
    const url = server.endpointUrl;
    const refused = await Promise.all([
      post(delivery(url, productUpdated(1), 'wrong-secret')),
      post(delivery(url, productUpdated(2), null)),
      post(signedDelivery(url, productUpdated(3), 'msg_stale', now - 360)),
      post(signedDelivery(url, productUpdated(4), 'msg_ahead', now + 360)),
      post(signedDelivery(url, productUpdated(5), 'msg_forged', now, 'not-the-signing-secret')),
    ]);
    expect(refused).toEqual([401, 401, 401, 401, 401]);
    await server.ticksAfter(15);
    expect(receiver.calls).toHaveLength(0);
    expect((await state()).pending).toBeNull();

    expect(await post(signedDelivery(url, productUpdated(6), 'msg_fresh', now))).toBe(200);
    const [call] = await receiver.waitFor(1);
    expect(call.request.products).toEqual([6]);
    expect(logs.join('\n')).not.toContain(SECRET);
    expect(logs.join('\n')).not.toContain(SIGNING_SECRET);
  });

  it('keeps the changes while the build hook fails and sends them, with newer ones, once it recovers', async () => {
    const { server, receiver, state } = await start(0.2, 1, 100);
    receiver.answerWith(500);
    expect(await post(delivery(server.endpointUrl, productUpdated(501)))).toBe(200);
    await receiver.waitFor(2, 500);
    expect(await post(delivery(server.endpointUrl, productUpdated(502)))).toBe(200);
    const failed = await receiver.waitFor(4, 500);
    expect(failed.at(-1)?.request.products).toEqual([501, 502]);
    const kept = await state();
    const held = kept.pending ?? kept.sending?.changes;
    expect(held?.products).toEqual([501, 502]);
    expect(kept.lastError).toBe('the build hook answered 500');

    receiver.answerWith(200);
    const [call] = await receiver.waitFor(1);
    expect(call.request).toMatchObject({ products: [501, 502], deliveries: 2 });
    await server.ticksAfter(5);
    expect(receiver.calls.filter((c) => c.answered === 200)).toHaveLength(1);
    expect((await state()).pending).toBeNull();
    expect(logs.some((line) => line.includes('retried on the next tick'))).toBe(true);
    expect(logs.join('\n')).not.toContain(HOOK_ID);
  });

  it('runs the safety net as a full rebuild through the same pending state, retried when the hook fails', async () => {
    const { server, receiver } = await start(60, 600, 100);
    receiver.answerWith(503);
    const report = await server.safetyNet();
    expect(report.rebuild.kind).toBe('failed');
    expect(report.hooks.join()).toMatch(/not checked/);
    receiver.answerWith(200);
    const [call] = await receiver.waitFor(1);
    expect(call.request).toMatchObject({ reason: 'safety-net', full: true, deliveries: 0 });
  });
});
