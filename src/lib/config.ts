/** Store configuration, resolved from the environment with errors that name the variable. */

/** Where the catalog and cart live, and the tokens to reach them. */
export interface StoreConfig {
  /** `sample` when nothing is configured: scripts start the local store and fill in the rest. */
  kind: 'sample' | 'store';
  endpoint: string;
  channelId: number;
  /** Token for build-time (server-to-server) requests. */
  buildToken: string;
  /** Public token for the browser's cart; may be absent on a read-only build. */
  storefrontToken?: string;
}

/** A configuration problem, naming the variable to fix. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

/** The process environment, or any stand-in for it (tests pass plain objects). */
export type Env = Record<string, string | undefined>;

/** True when a yes/no variable says yes: `1`, `true` or `yes`, in any case. */
export const envFlag = (value: string | undefined) =>
  ['1', 'true', 'yes'].includes(envValue(value)?.toLowerCase() ?? '');

/** A variable's value trimmed, or undefined when it is unset or blank: the one reading of every variable. */
export const envValue = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** Parses `BIGCOMMERCE_CHANNEL_ID` (default 1). */
export function channelIdFrom(env: Env): number {
  const raw = envValue(env.BIGCOMMERCE_CHANNEL_ID);
  if (raw === undefined) return 1;
  if (!/^[1-9]\d*$/.test(raw)) {
    throw new ConfigError('BIGCOMMERCE_CHANNEL_ID', `must be a positive whole number, got "${raw}"`);
  }
  return Number(raw);
}

/** Requests the catalog export keeps in flight when `BIGCOMMERCE_EXPORT_CONCURRENCY` is unset. */
export const DEFAULT_EXPORT_CONCURRENCY = 4;
/** The most requests `BIGCOMMERCE_EXPORT_CONCURRENCY` may ask for; the `astro:env` schema uses it too. */
export const MAX_EXPORT_CONCURRENCY = 32;

/** Parses `BIGCOMMERCE_EXPORT_CONCURRENCY`: requests in flight during the export, 1–32 (default 4). */
export function exportConcurrencyFrom(env: Env): number {
  const raw = envValue(env.BIGCOMMERCE_EXPORT_CONCURRENCY);
  if (raw === undefined) return DEFAULT_EXPORT_CONCURRENCY;
  if (!/^[1-9]\d*$/.test(raw) || Number(raw) > MAX_EXPORT_CONCURRENCY) {
    throw new ConfigError(
      'BIGCOMMERCE_EXPORT_CONCURRENCY',
      `must be a whole number from 1 to ${MAX_EXPORT_CONCURRENCY}, got "${raw}"`,
    );
  }
  return Number(raw);
}

/** BigCommerce's endpoint for a store hash and channel. */
export function defaultEndpoint(storeHash: string, channelId: number): string {
  const host = channelId === 1 ? `store-${storeHash}` : `store-${storeHash}-${channelId}`;
  return `https://${host}.mybigcommerce.com/graphql`;
}

/** The channel's GraphQL URL: `BIGCOMMERCE_GRAPHQL_URL` when set, else BigCommerce's for the hash, else none. */
export function storeEndpoint(
  url: string | undefined,
  storeHash: string | undefined,
  channelId: number,
): string | undefined {
  const hash = envValue(storeHash);
  return envValue(url) ?? (hash ? defaultEndpoint(hash, channelId) : undefined);
}

/** Resolves the store to build against; throws `ConfigError` on a missing or malformed value. */
export function resolveStoreConfig(env: Env): StoreConfig {
  const hash = envValue(env.BIGCOMMERCE_STORE_HASH);
  const url = envValue(env.BIGCOMMERCE_GRAPHQL_URL);
  const privateToken = envValue(env.BIGCOMMERCE_PRIVATE_TOKEN);
  const storefrontToken = envValue(env.BIGCOMMERCE_STOREFRONT_TOKEN);
  const channelId = channelIdFrom(env);

  if (!hash && !url) {
    const stray = privateToken
      ? 'BIGCOMMERCE_PRIVATE_TOKEN'
      : storefrontToken
        ? 'BIGCOMMERCE_STOREFRONT_TOKEN'
        : undefined;
    if (stray) {
      throw new ConfigError(
        'BIGCOMMERCE_STORE_HASH',
        `${stray} is set but no store is: set BIGCOMMERCE_STORE_HASH (or BIGCOMMERCE_GRAPHQL_URL), or unset ${stray} to use the sample store`,
      );
    }
    return { kind: 'sample', endpoint: '', channelId, buildToken: '' };
  }
  if (hash && !/^[a-z0-9]{5,16}$/i.test(hash)) {
    throw new ConfigError(
      'BIGCOMMERCE_STORE_HASH',
      `"${hash}" is not a store hash (letters and digits, as in store-{hash}.mybigcommerce.com)`,
    );
  }
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError('BIGCOMMERCE_GRAPHQL_URL', `"${url}" is not a URL`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      throw new ConfigError('BIGCOMMERCE_GRAPHQL_URL', `must be an http(s) URL, got "${url}"`);
    }
  }
  const buildToken = privateToken ?? storefrontToken;
  if (!buildToken) {
    throw new ConfigError(
      'BIGCOMMERCE_PRIVATE_TOKEN',
      'a store is configured but no token is: set BIGCOMMERCE_PRIVATE_TOKEN (or BIGCOMMERCE_STOREFRONT_TOKEN)',
    );
  }
  return {
    kind: 'store',
    endpoint: storeEndpoint(url, hash, channelId)!,
    channelId,
    buildToken,
    storefrontToken,
  };
}

/** Where builds keep what the next build reuses (catalog manifest, incremental caches), unless `STOREFRONT_CACHE_DIR` says otherwise. */
export const DEFAULT_BUILD_CACHE_DIR = 'node_modules/.cache/storefront';

/** The folder (relative to the project root unless absolute) that carries state from one build to the next. */
export function buildCacheDirFrom(env: Env): string {
  return envValue(env.STOREFRONT_CACHE_DIR) ?? DEFAULT_BUILD_CACHE_DIR;
}

/** Astro's `cacheDir` (its data store and incremental-build cache), inside the build cache folder. */
export function astroCacheDirFrom(env: Env): string {
  return `${buildCacheDirFrom(env)}/astro`;
}

/** The search bundles last written, by the digest of their records, inside the build cache folder. */
export function searchIndexCacheDirFrom(env: Env): string {
  return `${buildCacheDirFrom(env)}/search-index`;
}

/** The last build's content records (pages, posts), which the next build indexes early, in the build cache folder. */
export function searchContentRecordsFileFrom(env: Env): string {
  return `${buildCacheDirFrom(env)}/search-content-records.json`;
}
