import { describe, expect, it } from 'vitest';
import {
  dueAt,
  requestFullRebuild,
  SEEN_RETENTION_MS,
  SEND_LEASE_MS,
} from '../../src/lib/webhooks/rebuild-state';
import { rebuildRequestSchema } from '../../src/lib/webhooks/rebuild-request';
import { product, scenario, windows } from './rebuild-scenario';

describe('coalescing', () => {
  it('turns a burst into one send, after the quiet window', () => {
    const s = scenario();
    for (let i = 0; i < 30; i++) {
      s.deliver(`hash-${i}`, product(100 + (i % 10)));
      s.advance(1_000);
    }
    expect(s.tick().action).toBe('wait');
    s.advance(windows.debounceMs - 1_000 - 1);
    expect(s.tick()).toEqual({ action: 'wait', dueAt: s.at() + 1 });
    s.advance(1);
    const plan = s.tick();
    expect(plan.action).toBe('send');
    if (plan.action !== 'send') return;
    expect(rebuildRequestSchema.parse(plan.request)).toMatchObject({
      reason: 'webhook',
      full: false,
      products: [100, 101, 102, 103, 104, 105, 106, 107, 108, 109],
      deliveries: 30,
      scopes: ['store/product/updated'],
    });
    expect(plan.title).toBe('webhook: store/product/updated (10 entities changed, 30 deliveries)');
    expect(s.tick().action).toBe('busy');
    s.settle(true);
    expect(s.tick().action).toBe('idle');
  });

  it('sends at the max-delay cap while changes keep coming', () => {
    const s = scenario();
    const start = s.at();
    let plan = s.tick();
    for (let i = 0; plan.action !== 'send'; i++) {
      s.deliver(`hash-${i}`, product(i + 1));
      s.advance(10_000);
      plan = s.tick();
    }
    expect(s.at() - start).toBe(windows.maxDelayMs);
    expect(plan.request.products).toHaveLength(60);
  });

  it('ignores duplicates, even after the build they were part of', () => {
    const s = scenario();
    expect(s.deliver('hash-a', product(1))).toBe(false);
    expect(s.deliver('hash-a', product(1))).toBe(true);
    expect(s.state.pending?.deliveries).toBe(1);
    s.advance(windows.debounceMs);
    s.tick();
    s.settle(true);
    expect(s.deliver('hash-a', product(1))).toBe(true);
    expect(s.state.pending).toBeNull();
  });

  it('forgets dedupe keys after a day, and keeps at most the newest ones', () => {
    const s = scenario();
    s.deliver('old', product(1));
    s.advance(SEEN_RETENTION_MS);
    s.deliver('new', product(2));
    expect(Object.keys(s.state.seen)).toEqual(['new']);
    for (let i = 0; i <= 10; i++) {
      s.advance(1);
      s.deliver(`k${i}`, product(3), 10);
    }
    const kept = Object.keys(s.state.seen);
    expect(kept.length).toBeLessThanOrEqual(10);
    expect(kept).toContain('k10');
    expect(kept).not.toContain('new');
  });

  it('keeps the changes of a failed send, merges newer ones in, and retries on the next tick', () => {
    const s = scenario();
    s.deliver('a', product(1));
    s.advance(windows.debounceMs);
    s.tick();
    s.deliver('b', product(2));
    s.settle(false);
    expect(s.state).toMatchObject({ failures: 1, lastError: 'the build hook answered 500', dueNow: true });
    const retry = s.tick();
    expect(retry.action === 'send' && retry.request).toMatchObject({ products: [1, 2], deliveries: 2 });
    s.settle(true);
    expect(s.state).toMatchObject({ pending: null, sending: null, failures: 0, dueNow: false });
  });

  it('takes back a send that never settled once its lease ran out', () => {
    const s = scenario();
    s.deliver('a', product(1));
    s.advance(windows.debounceMs);
    s.tick();
    s.advance(SEND_LEASE_MS - 1);
    expect(s.tick().action).toBe('busy');
    s.advance(1);
    const plan = s.tick();
    expect(plan.action === 'send' && plan.request.products).toEqual([1]);
    expect(s.state).toMatchObject({ failures: 1, lastError: 'a send never settled' });
  });

  it('lets the safety net ask for a full rebuild that is due at once, merged with pending webhooks', () => {
    const s = scenario();
    s.deliver('a', { scope: 'store/sku/updated', full: false, products: [5], categories: [], skus: [50] });
    s.set(requestFullRebuild(s.state, 'safety-net', s.at()));
    expect(dueAt(s.state, windows)).toBe(s.at());
    const plan = s.tick();
    expect(plan.action === 'send' && plan.request).toMatchObject({
      reason: 'safety-net+webhook',
      full: true,
      products: [5],
      skus: [50],
      deliveries: 1,
    });
    expect(plan.action === 'send' && plan.title).toMatch(
      /^safety-net\+webhook: store\/sku\/updated \(full rebuild/,
    );
  });
});
