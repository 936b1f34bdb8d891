/** Builders for BigCommerce deliveries in tests: payloads, and requests with or without credentials. */
import { signDelivery } from '../../src/lib/webhooks/credentials';
import type { WebhookSettings } from '../../src/lib/webhooks/settings';

/** The shared secret and signing secret the tests configure. */
export const SECRET = 'test-shared-secret-8c1f';
export const SIGNING_SECRET = 'test-client-secret-51a2';

/** Settings as `webhookSettingsFrom` would give them, with both secrets. */
export const settings: WebhookSettings = {
  secret: SECRET,
  signingSecret: SIGNING_SECRET,
  channelId: 1,
  debounceMs: 60_000,
  maxDelayMs: 600_000,
};

/** A payload with BigCommerce's shape. */
export function payload(
  scope: string,
  data: Record<string, unknown>,
  hash = `hash-${scope}-${String(data.id)}`,
) {
  return { scope, store_id: '1001', data, hash, created_at: 1_764_000_000, producer: 'stores/abc123' };
}

/** A product-updated payload for `id`. */
export const productUpdated = (id: number, hash?: string) =>
  payload('store/product/updated', { type: 'product', id }, hash ?? `hash-product-${id}`);

/** A POST carrying `body` and the shared secret (or `secret`, or none with `null`). */
export function delivery(url: string, body: unknown, secret: string | null = SECRET): Request {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (secret !== null) headers['x-webhook-secret'] = secret;
  return new Request(url, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A POST signed the Standard Webhooks way at `timestampSeconds`, with no shared secret. */
export function signedDelivery(
  url: string,
  body: unknown,
  id: string,
  timestampSeconds: number,
  secret = SIGNING_SECRET,
): Request {
  const text = JSON.stringify(body);
  return new Request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(timestampSeconds),
      'webhook-signature': signDelivery(id, timestampSeconds, text, secret),
    },
    body: text,
  });
}
