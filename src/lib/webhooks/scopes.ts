/**
 * The webhook scopes this site registers with BigCommerce, and the route they are delivered to. The
 * endpoint's "scopes that count" must be this same list (one list for both).
 */

/** The site's webhook route, appended to the site URL to make each hook's destination. */
export const WEBHOOK_ROUTE = '/api/bigcommerce/webhook';

// Stock moves by a merchant's edit or by an order; either changes a page's stock line.
const ENTITY_EVENTS = ['created', 'updated', 'deleted', 'inventory/updated', 'inventory/order/updated'];

/** The scopes to register for channel `channelId`: every event that changes what the site shows. */
export function registeredScopes(channelId: number): string[] {
  return [
    ...ENTITY_EVENTS.map((event) => `store/product/${event}`),
    ...['created', 'updated', 'deleted'].map((event) => `store/category/${event}`),
    ...ENTITY_EVENTS.map((event) => `store/sku/${event}`),
    `store/channel/${channelId}/product/assigned`,
    `store/channel/${channelId}/product/unassigned`,
    `store/channel/${channelId}/categoryTree/updated`,
    `store/channel/${channelId}/settings/*`,
    'store/priceList/*',
    'store/information/updated',
  ];
}

/** True when `scope` is one of `registeredScopes(channelId)`, a trailing `/*` matching any event below it. */
export function isRegisteredScope(scope: string, channelId: number): boolean {
  return registeredScopes(channelId).some((pattern) =>
    pattern.endsWith('/*')
      ? scope.startsWith(pattern.slice(0, -1)) && scope.length > pattern.length - 1
      : pattern === scope,
  );
}
