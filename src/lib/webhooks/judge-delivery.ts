/**
 * The endpoint's decision for one request, computed from the request alone: refuse it (with the
 * status the issue table names), acknowledge and ignore it, or acknowledge and record a change.
 */
import { secretMatches, verifySignature } from './credentials';
import { changeFromPayload, webhookPayloadSchema, type CatalogChange } from './payload';
import type { WebhookSettings } from './settings';

/** The largest body the endpoint reads; BigCommerce's payloads are a few hundred bytes. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** One request as the judge sees it; `body` is `undefined` when it was over `MAX_BODY_BYTES`. */
export interface DeliveryRequest {
  method: string;
  header(name: string): string | null;
  body: string | undefined;
}

/** A change to record, under the key that deduplicates its deliveries. */
export interface DeliveryRecord {
  key: string;
  change: CatalogChange;
}

/** What to answer, and what (if anything) to record first. */
export interface Verdict {
  status: number;
  message: string;
  record?: DeliveryRecord;
}

const refuse = (status: number, message: string): Verdict => ({ status, message });

/** How a request proved it comes from BigCommerce, or why it did not. */
function authenticate(request: DeliveryRequest, body: string, settings: WebhookSettings, nowMs: number) {
  const { secret, signingSecret } = settings;
  const webhookId = request.header('webhook-id');
  if (secret && secretMatches(request.header('x-webhook-secret'), secret))
    return { ok: true as const, webhookId: undefined };
  if (signingSecret && request.header('webhook-signature') !== null) {
    const check = verifySignature(
      {
        id: webhookId,
        timestamp: request.header('webhook-timestamp'),
        signature: request.header('webhook-signature'),
      },
      body,
      signingSecret,
      nowMs,
    );
    return check.ok
      ? { ok: true as const, webhookId: webhookId! }
      : { ok: false as const, reason: check.reason };
  }
  return {
    ok: false as const,
    reason:
      request.header('x-webhook-secret') === null ? 'missing X-Webhook-Secret' : 'wrong X-Webhook-Secret',
  };
}

/**
 * Judges a request. The checks run in this order: method (405), size (413), configuration (503),
 * credentials (401, before parsing, so an unauthenticated sender learns nothing about the parser),
 * JSON (400), BigCommerce's shape (400), then scope and channel (202 when it does not count).
 */
export function judgeDelivery(request: DeliveryRequest, settings: WebhookSettings, nowMs: number): Verdict {
  if (request.method !== 'POST') return refuse(405, 'only POST is accepted');
  if (request.body === undefined) return refuse(413, `the body is over ${MAX_BODY_BYTES} bytes`);
  if (!settings.secret && !settings.signingSecret) {
    return refuse(503, 'the endpoint is not configured: set BIGCOMMERCE_WEBHOOK_SECRET');
  }
  const auth = authenticate(request, request.body, settings, nowMs);
  if (!auth.ok) return refuse(401, `not authenticated: ${auth.reason}`);
  let json: unknown;
  try {
    json = JSON.parse(request.body);
  } catch {
    return refuse(400, 'the body is not JSON');
  }
  const parsed = webhookPayloadSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(
      400,
      `the body is not a BigCommerce webhook (${issue?.path.join('.') || 'body'}: ${issue?.message})`,
    );
  }
  const change = changeFromPayload(parsed.data, settings.channelId);
  if (!change) return { status: 202, message: `ignored: ${parsed.data.scope} does not change this site` };
  const key = auth.webhookId ? `webhook-id:${auth.webhookId}` : `hash:${parsed.data.hash}`;
  return { status: 200, message: `recorded ${parsed.data.scope}`, record: { key, change } };
}
