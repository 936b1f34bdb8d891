/** The cart's connection to the store: the storefront client every cart request goes through. */
import { createBrowserClient, type BrowserClientOptions } from '../bigcommerce/browser-client';
import type { BigCommerceClient } from '../bigcommerce/client';

/** The public settings an island is rendered with: the channel's GraphQL URL and storefront token. */
export interface CartConfig {
  endpoint: string;
  token: string;
}

let client: BigCommerceClient | undefined;

/** Points the cart at a store; islands call it with their props, tests with a fake `fetch`. */
export function configureCart(
  config: CartConfig,
  overrides?: Omit<BrowserClientOptions, 'endpoint' | 'token'>,
): void {
  client = createBrowserClient({ ...config, ...overrides });
}

/** The configured client; throws when no island has configured the cart. */
export function cartClient(): BigCommerceClient {
  if (!client)
    throw new Error('The cart has no store: render its island with a GraphQL URL and storefront token');
  return client;
}
