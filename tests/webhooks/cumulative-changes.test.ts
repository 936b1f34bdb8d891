import { describe, expect, it } from 'vitest';
import { CUMULATIVE_ENTITY_LIMIT } from '../../src/lib/webhooks/cumulative-changes';
import { requestFullRebuild, type TickPlan } from '../../src/lib/webhooks/rebuild-state';
import { parseRebuildState } from '../../src/lib/webhooks/state-store';
import { product, scenario, windows } from './rebuild-scenario';

/** The body of a tick that must send. */
const bodyOf = (plan: TickPlan) => {
  if (plan.action !== 'send') throw new Error(`expected a send, the tick planned: ${plan.action}`);
  return plan.request;
};

/** Delivers one product change, lets the quiet window pass and ticks. */
const editAndSend = (s: ReturnType<typeof scenario>, id: number) => {
  s.deliver(`edit-${id}-${s.at()}`, product(id));
  s.advance(windows.debounceMs);
  return bodyOf(s.tick());
};

describe('what each build-hook body names again', () => {
  it('names the changes of sends that went out again, so a build that failed loses nothing', () => {
    const s = scenario();
    const first = editAndSend(s, 1);
    expect(first).toMatchObject({ products: [1], since: first.sequence });
    s.settle(true);
    // The build this call started may fail; the next body still names product 1.
    const second = editAndSend(s, 2);
    expect(second).toMatchObject({ full: false, products: [1, 2], since: first.sequence, deliveries: 2 });
    expect(second.sequence).toBeGreaterThan(first.sequence);
  });

  it('counts from the last full send that went out, which names only what came after it', () => {
    const s = scenario();
    editAndSend(s, 1);
    s.settle(true);
    s.set(requestFullRebuild(s.state, 'safety-net', s.at()));
    const full = bodyOf(s.tick());
    expect(full).toMatchObject({ full: true, reason: 'safety-net', since: full.sequence });
    s.settle(true);
    const next = editAndSend(s, 2);
    expect(next).toMatchObject({ full: false, products: [2], since: full.sequence });
  });

  it('keeps counting from the older send while a full send has not gone out', () => {
    const s = scenario();
    const first = editAndSend(s, 1);
    s.settle(true);
    s.set(requestFullRebuild(s.state, 'safety-net', s.at()));
    s.tick();
    s.settle(false);
    s.advance(1);
    const retry = bodyOf(s.tick());
    expect(retry).toMatchObject({ full: true, reason: 'safety-net' });
    s.settle(false);
    expect(s.state.countedFrom).toBe(first.sequence);
    expect(s.state.sentSince?.products).toEqual([1]);
  });

  it('asks for a full rebuild, saying why, once the named entities pass the limit, and counts from it', () => {
    const s = scenario();
    const many = Array.from({ length: CUMULATIVE_ENTITY_LIMIT }, (_, i) => i + 1);
    s.deliver('bulk-edit', { ...product(1), products: many });
    s.advance(windows.debounceMs);
    expect(bodyOf(s.tick())).toMatchObject({ full: false, products: many });
    s.settle(true);
    const over = editAndSend(s, CUMULATIVE_ENTITY_LIMIT + 1);
    expect(over).toMatchObject({
      full: true,
      reason: `webhook+over ${CUMULATIVE_ENTITY_LIMIT} entities changed since the last full rebuild`,
      products: [CUMULATIVE_ENTITY_LIMIT + 1],
      since: over.sequence,
    });
    s.settle(true);
    expect(editAndSend(s, 7)).toMatchObject({ full: false, products: [7], since: over.sequence });
  });

  it('numbers sends upwards, and a state started afresh numbers above the one it replaced', () => {
    const s = scenario();
    const numbers = [1, 2, 3].map((id) => {
      const body = editAndSend(s, id);
      s.settle(true);
      return body.sequence;
    });
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(3);
    const afresh = scenario();
    afresh.advance(s.at() - afresh.at() + windows.debounceMs);
    const restarted = editAndSend(afresh, 4);
    expect(restarted.since).toBeGreaterThan(numbers[2]);
  });

  it('loads a state stored before sends were numbered, and its first numbered send counts from itself', () => {
    const stored = {
      pending: {
        reasons: ['webhook'],
        full: false,
        scopes: ['store/product/updated'],
        products: [5],
        categories: [],
        skus: [],
        deliveries: 1,
        firstAt: 1_000_000,
        lastAt: 1_000_000,
      },
      dueNow: false,
      sending: null,
      seen: { 'hash:a': 1_000_000 },
      failures: 0,
    };
    const s = scenario(parseRebuildState(stored));
    s.advance(windows.debounceMs);
    const body = bodyOf(s.tick());
    expect(body).toMatchObject({ products: [5], since: body.sequence });
  });
});
