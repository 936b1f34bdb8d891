/** Netlify Function (v2): BigCommerce's webhook deliveries, acknowledged at once and coalesced. */
import { handleWebhookRequest } from '../../src/lib/webhooks/endpoint';
import { webhookSettingsFrom } from '../../src/lib/webhooks/settings';
import { stateStoreFrom } from '../../src/lib/webhooks/state-store-from-env';

/** Handles one delivery. */
export default async function bigcommerceWebhook(request: Request): Promise<Response> {
  return handleWebhookRequest(request, {
    settings: webhookSettingsFrom(process.env),
    store: stateStoreFrom(process.env),
  });
}

/** Netlify reads the route from here, so netlify.toml needs no entry for it. */
export const config = { path: '/api/bigcommerce/webhook' };
