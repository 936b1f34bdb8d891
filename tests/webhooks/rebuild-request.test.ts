import { describe, expect, it } from 'vitest';
import { parseRebuildRequest, REBUILD_REQUEST_VERSION } from '../../src/lib/webhooks/rebuild-request';

const request = {
  version: REBUILD_REQUEST_VERSION,
  sequence: 42,
  since: 40,
  reason: 'webhook',
  full: false,
  scopes: ['store/product/updated'],
  products: [112],
  categories: [],
  skus: [],
  deliveries: 3,
};

describe('parseRebuildRequest', () => {
  it('reads a body the webhook endpoint wrote', () => {
    expect(parseRebuildRequest(JSON.stringify(request))).toEqual({ ok: true, request });
  });

  it('says why an absent, broken or foreign body cannot be used', () => {
    expect(parseRebuildRequest(undefined)).toEqual({ ok: false, reason: 'no build-hook body' });
    expect(parseRebuildRequest('{')).toEqual({ ok: false, reason: 'the build-hook body is not JSON' });
    // A body of the first version, without send numbers, is of no use to this build.
    const other = parseRebuildRequest(JSON.stringify({ ...request, version: 1 }));
    expect(other.ok).toBe(false);
    expect(!other.ok && other.reason).toMatch(/version/);
    const badIds = parseRebuildRequest(JSON.stringify({ ...request, products: ['112'] }));
    expect(!badIds.ok && badIds.reason).toMatch(/products\.0/);
    const unnumbered = parseRebuildRequest(JSON.stringify({ ...request, sequence: undefined }));
    expect(!unnumbered.ok && unnumbered.reason).toMatch(/\(sequence: /);
    const backwards = parseRebuildRequest(JSON.stringify({ ...request, since: 43 }));
    expect(!backwards.ok && backwards.reason).toMatch(
      /since: the changes cannot be counted from a later send/,
    );
  });
});
