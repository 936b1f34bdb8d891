import { describe, expect, it } from 'vitest';
import { secretMatches, signDelivery, verifySignature } from '../../src/lib/webhooks/credentials';

const NOW = 1_764_590_400_000;
const seconds = NOW / 1000;
const body = '{"scope":"store/product/updated"}';
const headers = (id: string, timestamp: number | string, signature: string) => ({
  id,
  timestamp: String(timestamp),
  signature,
});

describe('secretMatches', () => {
  it('matches only the exact secret', () => {
    expect(secretMatches('abc', 'abc')).toBe(true);
    expect(secretMatches('abcd', 'abc')).toBe(false);
    expect(secretMatches('', 'abc')).toBe(false);
    expect(secretMatches(null, 'abc')).toBe(false);
  });
});

describe('verifySignature', () => {
  it('accepts v1 signatures of id.timestamp.body, among several entries', () => {
    const signature = signDelivery('msg_1', seconds, body, 'client-secret');
    expect(verifySignature(headers('msg_1', seconds, signature), body, 'client-secret', NOW)).toEqual({
      ok: true,
    });
    const rotated = `v1,bm90LXRoaXMtb25l ${signature}`;
    expect(verifySignature(headers('msg_1', seconds, rotated), body, 'client-secret', NOW).ok).toBe(true);
  });

  it('computes the documented HMAC-SHA256, with whsec_ keys base64-decoded', () => {
    // Standard Webhooks' published test vector.
    const signature = signDelivery(
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      1614265330,
      '{"test": 2432232314}',
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    );
    expect(signature).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('refuses a changed body or id, another key, and timestamps over 5 minutes away', () => {
    const signature = signDelivery('msg_1', seconds, body, 'client-secret');
    const check = (h: ReturnType<typeof headers>, b = body, key = 'client-secret', now = NOW) =>
      verifySignature(h, b, key, now).ok;
    expect(check(headers('msg_1', seconds, signature), `${body} `)).toBe(false);
    expect(check(headers('msg_2', seconds, signature))).toBe(false);
    expect(check(headers('msg_1', seconds, signature), body, 'other')).toBe(false);
    expect(check(headers('msg_1', seconds, signature), body, 'client-secret', NOW + 300_000)).toBe(true);
    expect(check(headers('msg_1', seconds, signature), body, 'client-secret', NOW + 301_000)).toBe(false);
    expect(check(headers('msg_1', seconds, signature), body, 'client-secret', NOW - 301_000)).toBe(false);
    expect(verifySignature({ id: 'msg_1', timestamp: null, signature }, body, 'k', NOW)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/missing/),
    });
    expect(check(headers('msg_1', 'soon', signature))).toBe(false);
  });
});
