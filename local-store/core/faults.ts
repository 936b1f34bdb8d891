/** Injected failures (latency, throttling, 500s, dying, partial GraphQL errors) for testing client resilience. */

/** Which rate-limit headers a throttled reply carries. */
export type ThrottleHeader = 'retry-after' | 'reset-ms' | 'both' | 'none';

/** Faults to inject into the next GraphQL requests; counts are consumed one per request. */
export interface FaultConfig {
  /** Delay before every GraphQL reply. */
  latencyMs?: number;
  /** The next `count` requests get HTTP 429. */
  throttle?: { count: number; header: ThrottleHeader; retryAfterSeconds?: number; resetMs?: number };
  /** The next N requests get HTTP 500. */
  serverErrors?: number;
  /** After K more requests, the store hangs up on everything without answering. */
  dieAfter?: number;
  /** The next N requests answer 200 with `errors[]` beside partial data. */
  graphqlErrors?: number;
}

/** What to do with one request. */
export type FaultDecision =
  | { kind: 'drop' }
  | { kind: 'throttle'; headers: Record<string, string> }
  | { kind: 'server-error' }
  | { kind: 'proceed'; injectErrors: boolean };

function throttleHeaders(throttle: NonNullable<FaultConfig['throttle']>): Record<string, string> {
  const headers: Record<string, string> = {};
  if (throttle.header === 'retry-after' || throttle.header === 'both') {
    headers['x-retry-after'] = String(throttle.retryAfterSeconds ?? 1);
  }
  if (throttle.header === 'reset-ms' || throttle.header === 'both') {
    headers['x-rate-limit-time-reset-ms'] = String(throttle.resetMs ?? 1000);
  }
  return headers;
}

/** Validates a fault config (from JSON, flags or code) and returns a copy; throws naming the bad key. */
export function parseFaultConfig(input: unknown): FaultConfig {
  if (input === null || typeof input !== 'object') throw new Error('Fault config must be an object');
  const raw = input as Record<string, unknown>;
  const count = (key: string) => {
    const value = raw[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw new Error(`Fault "${key}" must be a non-negative integer`);
    }
    return value;
  };
  const config: FaultConfig = {
    latencyMs: count('latencyMs'),
    serverErrors: count('serverErrors'),
    dieAfter: count('dieAfter'),
    graphqlErrors: count('graphqlErrors'),
  };
  if (raw.throttle !== undefined) {
    const throttle = raw.throttle as Record<string, unknown>;
    const header = (throttle?.header ?? 'both') as ThrottleHeader;
    if (!['retry-after', 'reset-ms', 'both', 'none'].includes(header)) {
      throw new Error('Fault "throttle.header" must be retry-after, reset-ms, both or none');
    }
    const throttleCount = throttle?.count;
    if (typeof throttleCount !== 'number' || !Number.isInteger(throttleCount) || throttleCount < 0) {
      throw new Error('Fault "throttle.count" must be a non-negative integer');
    }
    config.throttle = {
      count: throttleCount,
      header,
      retryAfterSeconds: throttle.retryAfterSeconds as number | undefined,
      resetMs: throttle.resetMs as number | undefined,
    };
  }
  return config;
}

/** The live fault state: counters left from the last `set`, and whether the store has "died". */
export class FaultState {
  private config: FaultConfig = {};
  private dead = false;

  constructor(config: FaultConfig = {}) {
    this.set(config);
  }

  /** Replaces the whole config (and revives a dead store). */
  set(config: FaultConfig): void {
    const copy = parseFaultConfig(config);
    this.config = { ...copy, throttle: copy.throttle && { ...copy.throttle } };
    this.dead = false;
  }

  /** Delay to add before answering any GraphQL request. */
  get latencyMs(): number {
    return this.config.latencyMs ?? 0;
  }

  /** True once `dieAfter` has run out: every request, GraphQL or not, is dropped. */
  get isDead(): boolean {
    return this.dead;
  }

  /** Decides the fate of the next GraphQL request, consuming one unit of each applicable counter. */
  next(): FaultDecision {
    if (this.dead) return { kind: 'drop' };
    const config = this.config;
    if (config.dieAfter !== undefined) {
      if (config.dieAfter === 0) {
        this.dead = true;
        return { kind: 'drop' };
      }
      config.dieAfter--;
    }
    if (config.throttle && config.throttle.count > 0) {
      config.throttle.count--;
      return { kind: 'throttle', headers: throttleHeaders(config.throttle) };
    }
    if (config.serverErrors) {
      config.serverErrors--;
      return { kind: 'server-error' };
    }
    const injectErrors = Boolean(config.graphqlErrors);
    if (config.graphqlErrors) config.graphqlErrors--;
    return { kind: 'proceed', injectErrors };
  }
}
