/** Where the management REST API is and its token, from the environment (pure). */
import { ConfigError, envValue, type Env } from '../config';

/** The management API's base (`…/stores/{hash}`, paths append `/v3/…`) and its `X-Auth-Token`. */
export interface ManagementConfig {
  baseUrl: string;
  token: string;
}

/** BigCommerce's management API base for a store hash. */
export const managementBaseFor = (storeHash: string) => `https://api.bigcommerce.com/stores/${storeHash}`;

/**
 * The management API settings, or undefined when `BIGCOMMERCE_ACCESS_TOKEN` is unset. The base is
 * `BIGCOMMERCE_API_URL` (the local store's, say) or BigCommerce's for `BIGCOMMERCE_STORE_HASH`; a token
 * without either is a `ConfigError`.
 */
export function managementConfigFrom(env: Env): ManagementConfig | undefined {
  const token = envValue(env.BIGCOMMERCE_ACCESS_TOKEN);
  if (!token) return undefined;
  const url = envValue(env.BIGCOMMERCE_API_URL);
  const hash = envValue(env.BIGCOMMERCE_STORE_HASH);
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError('BIGCOMMERCE_API_URL', `"${url}" is not a URL`);
    }
    if (!/^https?:$/.test(parsed.protocol) || !/\/stores\/[^/]+\/?$/.test(parsed.pathname)) {
      throw new ConfigError(
        'BIGCOMMERCE_API_URL',
        `must be an http(s) URL ending in /stores/{hash}, e.g. https://api.bigcommerce.com/stores/abc123, got "${url}"`,
      );
    }
    return { baseUrl: url.replace(/\/+$/, ''), token };
  }
  if (!hash) {
    throw new ConfigError(
      'BIGCOMMERCE_STORE_HASH',
      'BIGCOMMERCE_ACCESS_TOKEN is set but no store is: set BIGCOMMERCE_STORE_HASH (or BIGCOMMERCE_API_URL for the local store)',
    );
  }
  if (!/^[a-z0-9]{5,16}$/i.test(hash)) {
    throw new ConfigError('BIGCOMMERCE_STORE_HASH', `"${hash}" is not a store hash (letters and digits)`);
  }
  return { baseUrl: managementBaseFor(hash), token };
}
