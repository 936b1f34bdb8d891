/**
 * The cart islands' runtime settings, read at build time from the public environment. Server side
 * only (Astro frontmatter): islands receive the result as a prop.
 */
import {
  BIGCOMMERCE_CHANNEL_ID,
  BIGCOMMERCE_GRAPHQL_URL,
  BIGCOMMERCE_STOREFRONT_TOKEN,
} from 'astro:env/client';
import { BIGCOMMERCE_STORE_HASH } from 'astro:env/server';
import type { CartConfig } from '../../lib/cart/client';
import { storeEndpoint } from '../../lib/config';

/** The GraphQL URL and storefront token for the browser, or undefined when the build has no storefront token. */
export function publicCartConfig(): CartConfig | undefined {
  const token = BIGCOMMERCE_STOREFRONT_TOKEN?.trim();
  const endpoint = storeEndpoint(BIGCOMMERCE_GRAPHQL_URL, BIGCOMMERCE_STORE_HASH, BIGCOMMERCE_CHANNEL_ID);
  return token && endpoint ? { endpoint, token } : undefined;
}
