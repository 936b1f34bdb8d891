/** The rebuild state machine driven by hand: a clock the test moves, deliveries, ticks and hook outcomes. */
import type { CatalogChange } from '../../src/lib/webhooks/payload';
import {
  emptyRebuildState,
  planTick,
  recordDelivery,
  settleSend,
  type RebuildState,
} from '../../src/lib/webhooks/rebuild-state';

/** The quiet window and the max-delay cap the scenarios run with. */
export const windows = { debounceMs: 60_000, maxDelayMs: 600_000 };

/** A delivery's change naming one product. */
export const product = (id: number, scope = 'store/product/updated'): CatalogChange => ({
  scope,
  full: false,
  products: [id],
  categories: [],
  skus: [],
});

/** A clock the test moves by hand, and a state the deliveries go into. */
export function scenario(state: RebuildState = emptyRebuildState()) {
  let now = 1_000_000;
  let sends = 0;
  return {
    at: () => now,
    advance: (ms: number) => (now += ms),
    deliver(key: string, change: CatalogChange, seenLimit?: number) {
      const recorded = recordDelivery(state, key, change, now, seenLimit);
      state = recorded.state;
      return recorded.duplicate;
    },
    tick() {
      const plan = planTick(state, windows, now, `send-${++sends}`);
      if (plan.action === 'send') state = plan.state;
      return plan;
    },
    settle(ok: boolean) {
      state = settleSend(
        state,
        state.sending?.id ?? 'none',
        ok ? { ok: true, atMs: now } : { ok: false, error: 'the build hook answered 500' },
      );
    },
    set: (next: RebuildState) => (state = next),
    get state() {
      return state;
    },
  };
}
