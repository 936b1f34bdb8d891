/** The store's registered webhooks (`/v3/hooks`): validation, one hook per scope and destination, scope matching. */

/** A hook as `/v3/hooks` returns it (times in epoch seconds). */
export interface HookRecord {
  id: number;
  client_id: string;
  store_hash: string;
  scope: string;
  destination: string;
  is_active: boolean;
  headers: Record<string, string> | null;
  created_at: number;
  updated_at: number;
}

/** The fields a create or update may set. */
export type HookFields = Pick<HookRecord, 'scope' | 'destination' | 'is_active' | 'headers'>;

/** A refused write: the HTTP status and BigCommerce-style title and field errors. */
export interface HookRefusal {
  status: number;
  title: string;
  errors?: Record<string, string>;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const LOCAL_CLIENT_ID = 'local-store-api-account';

/**
 * BigCommerce accepts only https destinations on port 443. Loopback destinations may use http and any
 * port, so tests can run a receiver on this machine.
 */
function destinationProblem(destination: string): string | undefined {
  let url: URL;
  try {
    url = new URL(destination);
  } catch {
    return 'must be an absolute URL';
  }
  if (LOOPBACK_HOSTS.has(url.hostname)) return /^https?:$/.test(url.protocol) ? undefined : 'must be http(s)';
  if (url.protocol !== 'https:') return 'must be an https URL';
  return url.port === '' || url.port === '443' ? undefined : 'must be served on port 443';
}

function headersProblem(headers: unknown): string | undefined {
  if (headers === null || headers === undefined) return undefined;
  if (typeof headers !== 'object' || Array.isArray(headers)) return 'must be an object of strings';
  const bad = Object.values(headers).some((value) => typeof value !== 'string');
  return bad ? 'must be an object of strings' : undefined;
}

/** True when a hook's scope covers an event's: equal, or a `…/*` prefix of it. */
export function scopeMatches(hookScope: string, eventScope: string): boolean {
  if (hookScope === eventScope) return true;
  return hookScope.endsWith('/*') && eventScope.startsWith(hookScope.slice(0, -1));
}

/** The hooks of one store and API account, in creation order. */
export class HookRegistry {
  private readonly hooks = new Map<number, HookRecord>();
  private nextId = 1;

  constructor(
    private readonly storeHash: string,
    private readonly now: () => number = () => Math.floor(Date.now() / 1000),
  ) {}

  /** Every hook, oldest first. */
  list(): HookRecord[] {
    return [...this.hooks.values()];
  }

  get(id: number): HookRecord | undefined {
    return this.hooks.get(id);
  }

  /** Checks the fields and the one-hook-per-scope-and-destination rule; `selfId` is the hook being updated. */
  private refusal(fields: HookFields, selfId?: number): HookRefusal | undefined {
    const errors: Record<string, string> = {};
    if (typeof fields.scope !== 'string' || !/^store\/[\w*/{}.-]+$/.test(fields.scope))
      errors.scope = 'error.path.missing or not a webhook scope';
    const destination =
      typeof fields.destination === 'string' ? destinationProblem(fields.destination) : 'error.path.missing';
    if (destination) errors.destination = destination;
    if (typeof fields.is_active !== 'boolean') errors.is_active = 'must be a boolean';
    const headers = headersProblem(fields.headers);
    if (headers) errors.headers = headers;
    if (Object.keys(errors).length) return { status: 422, title: 'JSON data is missing or invalid', errors };
    const twin = this.list().find(
      (hook) => hook.id !== selfId && hook.scope === fields.scope && hook.destination === fields.destination,
    );
    if (twin) {
      return {
        status: 422,
        title: `A webhook for ${fields.scope} to ${fields.destination} already exists (id ${twin.id})`,
        errors: { scope: 'duplicate scope and destination' },
      };
    }
    return undefined;
  }

  /** Creates a hook (`is_active` defaults to true), or says why not. */
  create(input: Partial<HookFields>): HookRecord | HookRefusal {
    const fields: HookFields = {
      scope: input.scope as string,
      destination: input.destination as string,
      is_active: input.is_active ?? true,
      headers: input.headers ?? null,
    };
    const refused = this.refusal(fields);
    if (refused) return refused;
    const time = this.now();
    const hook: HookRecord = {
      id: this.nextId++,
      client_id: LOCAL_CLIENT_ID,
      store_hash: this.storeHash,
      ...fields,
      created_at: time,
      updated_at: time,
    };
    this.hooks.set(hook.id, hook);
    return hook;
  }

  /** Updates the given fields of a hook; undefined when there is no such hook. */
  update(id: number, input: Partial<HookFields>): HookRecord | HookRefusal | undefined {
    const hook = this.hooks.get(id);
    if (!hook) return undefined;
    const fields: HookFields = {
      scope: input.scope ?? hook.scope,
      destination: input.destination ?? hook.destination,
      is_active: input.is_active ?? hook.is_active,
      headers: input.headers === undefined ? hook.headers : input.headers,
    };
    const refused = this.refusal(fields, id);
    if (refused) return refused;
    const next = { ...hook, ...fields, updated_at: this.now() };
    this.hooks.set(id, next);
    return next;
  }

  /** Removes a hook and returns it; undefined when there is none. */
  delete(id: number): HookRecord | undefined {
    const hook = this.hooks.get(id);
    this.hooks.delete(id);
    return hook;
  }

  /** Sets a hook inactive, as BigCommerce does after failed retries; false when there is no such hook. */
  deactivate(id: number): boolean {
    const hook = this.hooks.get(id);
    if (hook) this.hooks.set(id, { ...hook, is_active: false, updated_at: this.now() });
    return hook !== undefined;
  }

  /** The active hooks whose scope covers `eventScope`. */
  activeFor(eventScope: string): HookRecord[] {
    return this.list().filter((hook) => hook.is_active && scopeMatches(hook.scope, eventScope));
  }
}

/** True when a registry answer is a refusal. */
export const isRefusal = (value: HookRecord | HookRefusal): value is HookRefusal => 'status' in value;
