/** Checks a delivery's credentials: the shared-secret header and Standard Webhooks signatures. */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** How far a signed delivery's timestamp may be from now, either way. */
export const SIGNATURE_TOLERANCE_MS = 5 * 60 * 1000;

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares a header with the configured secret in constant time (both hashed first, so lengths never leak). */
export function secretMatches(given: string | null, expected: string): boolean {
  return given !== null && timingSafeEqual(digest(given), digest(expected));
}

/** A Standard Webhooks key: `whsec_`-prefixed secrets are base64, anything else (an app's client secret) is used as is. */
function signingKey(secret: string): Buffer {
  return secret.startsWith('whsec_') ? Buffer.from(secret.slice(6), 'base64') : Buffer.from(secret, 'utf8');
}

/** The `v1,<base64>` signature of a delivery, as a sender computes it. */
export function signDelivery(id: string, timestampSeconds: number, body: string, secret: string): string {
  const mac = createHmac('sha256', signingKey(secret))
    .update(`${id}.${timestampSeconds}.${body}`)
    .digest('base64');
  return `v1,${mac}`;
}

/** The Standard Webhooks headers of a delivery; any may be missing. */
export interface SignatureHeaders {
  id: string | null;
  timestamp: string | null;
  signature: string | null;
}

/** Whether a signed delivery is genuine and fresh, with the reason when it is not (never a secret). */
export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** Verifies `webhook-signature` (any of its space-separated `v1,` entries) over `id.timestamp.body`. */
export function verifySignature(
  headers: SignatureHeaders,
  body: string,
  secret: string,
  nowMs: number,
): SignatureCheck {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature)
    return { ok: false, reason: 'missing webhook-id, webhook-timestamp or webhook-signature' };
  if (!/^\d+$/.test(timestamp)) return { ok: false, reason: 'webhook-timestamp is not a number of seconds' };
  const seconds = Number(timestamp);
  if (Math.abs(nowMs - seconds * 1000) > SIGNATURE_TOLERANCE_MS) {
    return { ok: false, reason: 'webhook-timestamp is more than 5 minutes from now' };
  }
  const expected = digest(signDelivery(id, seconds, body, secret));
  const matches = signature
    .split(' ')
    .filter((entry) => entry.startsWith('v1,'))
    .some((entry) => timingSafeEqual(digest(entry), expected));
  return matches ? { ok: true } : { ok: false, reason: 'webhook-signature does not match' };
}
