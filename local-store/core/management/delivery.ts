/**
 * Delivers catalog events to the registered hooks as BigCommerce does, scaled down in time: the payload
 * `{scope, store_id, data, hash, created_at, producer}` with the hook's custom headers, any 2xx counts
 * as received, failures are retried after short delays and a hook whose retries all fail is deactivated.
 * Each delivery is also sent a second time with the same hash, since BigCommerce sends duplicates.
 */
import { createHash } from 'node:crypto';
import type { HookRecord, HookRegistry } from './hooks';

/** What changed: a webhook scope and its `data`, e.g. `{type: 'product', id: 77}`. */
export interface CatalogEvent {
  scope: string;
  data: { type: string; id: number } & Record<string, unknown>;
}

/** One attempt to deliver, as the local store saw it. */
export interface DeliveryAttempt {
  hookId: number;
  scope: string;
  hash: string;
  /** The receiver's status, or 0 when it could not be reached. */
  status: number;
  duplicate: boolean;
}

/** Delivery settings. */
export interface DeliveryOptions {
  /** Waits before each retry of a failed delivery; default 250 ms, 1 s, 3 s. */
  retryDelaysMs?: number[];
  /** Send every delivery a second time with the same hash (default true). */
  duplicates?: boolean;
  /** Per attempt; default 5 s. */
  timeoutMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const DUPLICATE_DELAY_MS = 50;

/** A numeric store id derived from the hash, as BigCommerce's payloads carry one. */
const storeIdOf = (storeHash: string) =>
  String(
    1_000_000 + (parseInt(createHash('sha1').update(storeHash).digest('hex').slice(0, 6), 16) % 1_000_000),
  );

/** Sends catalog events to every active hook whose scope covers them. */
export class WebhookDelivery {
  private readonly inFlight = new Set<Promise<void>>();
  /** Every attempt so far, oldest first. */
  readonly attempts: DeliveryAttempt[] = [];
  private readonly retryDelaysMs: number[];
  private readonly duplicates: boolean;
  private readonly timeoutMs: number;

  constructor(
    private readonly hooks: HookRegistry,
    private readonly storeHash: string,
    options: DeliveryOptions = {},
  ) {
    this.retryDelaysMs = options.retryDelaysMs ?? [250, 1000, 3000];
    this.duplicates = options.duplicates ?? true;
    this.timeoutMs = options.timeoutMs ?? 5000;
  }

  /** Starts delivering `event`; returns at once, as the API reply never waits on webhooks. */
  emit(event: CatalogEvent): void {
    const createdAt = Math.floor(Date.now() / 1000);
    for (const hook of this.hooks.activeFor(event.scope)) {
      const unsigned = {
        scope: event.scope,
        store_id: storeIdOf(this.storeHash),
        data: event.data,
        created_at: createdAt,
        producer: `stores/${this.storeHash}`,
      };
      // The hash tells deliveries apart (and duplicates together); the hook id keeps two hooks' apart.
      const hash = createHash('sha1')
        .update(JSON.stringify({ ...unsigned, hook: hook.id }))
        .digest('hex');
      this.track(this.deliver(hook, JSON.stringify({ ...unsigned, hash }), event.scope, hash));
    }
  }

  /** Resolves once every delivery started so far (retries and duplicates included) has finished. */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.all([...this.inFlight]);
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private async post(hook: HookRecord, body: string): Promise<number> {
    try {
      const reply = await fetch(hook.destination, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(hook.headers ?? {}) },
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      await reply.arrayBuffer();
      return reply.status;
    } catch {
      return 0;
    }
  }

  private async deliver(hook: HookRecord, body: string, scope: string, hash: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const current = this.hooks.get(hook.id);
      if (!current?.is_active) return;
      const status = await this.post(current, body);
      this.attempts.push({ hookId: hook.id, scope, hash, status, duplicate: false });
      if (status >= 200 && status < 300) break;
      if (attempt >= this.retryDelaysMs.length) {
        this.hooks.deactivate(hook.id);
        return;
      }
      await sleep(this.retryDelaysMs[attempt]);
    }
    if (!this.duplicates) return;
    await sleep(DUPLICATE_DELAY_MS);
    const current = this.hooks.get(hook.id);
    if (!current?.is_active) return;
    const status = await this.post(current, body);
    this.attempts.push({ hookId: hook.id, scope, hash, status, duplicate: true });
  }
}
