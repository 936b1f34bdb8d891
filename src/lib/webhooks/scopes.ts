/**
 * The webhook scopes this site registers with BigCommerce, and the route they are delivered to. The
 * endpoint's "scopes that count" must be this same list (one list for both).
 */

/** The site's webhook route, appended to the site URL to make each hook's destination. */
export const WEBHOOK_ROUTE = '/api/bigcommerce/webhook';

/** The scopes to register for channel `channelId`: every event that changes what the site shows. */
export function registeredScopes(channelId: number): string[] {
  return [
    ...['created', 'updated', 'deleted', 'inventory/updated'].map((event) => `store/product/${event}`),
    ...['created', 'updated', 'deleted'].map((event) => `store/category/${event}`),
    ...['created', 'updated', 'deleted', 'inventory/updated'].map((event) => `store/sku/${event}`),
    `store/channel/${channelId}/product/assigned`,
    `store/channel/${channelId}/product/unassigned`,
    `store/channel/${channelId}/categoryTree/updated`,
    `store/channel/${channelId}/settings/*`,
    'store/priceList/*',
    'store/information/updated',
  ];
}
