/**
 * The cart's connection to the store and the part every page needs at once: reading the cart back.
 * Changes live in `actions.ts`, loaded when the shopper first changes something.
 */
import { createBrowserClient, type BrowserClientOptions } from '../bigcommerce/browser-client';
import type { BigCommerceClient } from '../bigcommerce/client';
import { GetCartSummaryQuery } from '../bigcommerce/queries/GetCartSummaryQuery';
import type { Cart } from './model';
import { $cart, $cartId } from './stores';

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

let queue: Promise<unknown> = Promise.resolve();

/** Runs cart tasks strictly one after another, so two quick clicks never race each other. */
export function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Makes `cart` the shopper's cart (null: none, and the id is forgotten). */
export function commit(cart: Cart | null): void {
  $cart.set(cart);
  $cartId.set(cart?.id);
}

let refreshing: Promise<void> | undefined;

/**
 * Checks the stored cart against the store cheaply, as islands hydrate (calls while one is under way
 * share it): a cart that is gone (expired, or checked out) is forgotten, and one that differs from the
 * stored copy is read in full. Offline, the stored copy stays.
 */
export function refreshCart(): Promise<void> {
  refreshing ??= serially(async () => {
    const id = $cartId.get();
    if (!id) return void $cart.set(null);
    const data = await cartClient()
      .request(GetCartSummaryQuery, { cartId: id })
      .catch(() => undefined);
    const summary = data?.site.cart;
    if (!data || $cartId.get() !== id) return;
    if (!summary) return commit(null);
    const stored = $cart.get();
    return stored?.id !== id || stored.count !== summary.lineItems.totalQuantity;
  })
    .then(async (stale) => {
      if (stale) await (await import('./read-cart')).refreshFullCart();
    })
    .finally(() => (refreshing = undefined));
  return refreshing;
}
