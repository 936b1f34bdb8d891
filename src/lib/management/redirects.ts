/** The management API's 301 redirects of one channel's site (I/O). */
import type { ManagementClient } from './client';
import { listAll } from './paged';

/** Where a redirect goes: an entity by id, or a URL for `type: 'url'`. */
export interface RedirectTarget {
  type: 'product' | 'brand' | 'category' | 'page' | 'post' | 'url';
  entity_id?: number;
  url?: string;
}

/** A redirect with its destination URL (`include=to_url`). */
export interface StoreRedirect {
  id: number;
  site_id: number;
  from_path: string;
  to: RedirectTarget;
  to_url?: string;
}

/** The id of a channel's site, which redirects belong to. */
export async function channelSiteId(client: ManagementClient, channelId: number): Promise<number> {
  const reply = await client.request<{ data?: { id?: unknown } }>('GET', `/v3/channels/${channelId}/site`);
  const id = reply?.data?.id;
  if (typeof id !== 'number') throw new Error(`Channel ${channelId} has no site in BigCommerce (no data.id)`);
  return id;
}

/** Every 301 redirect of the channel's site, with `to_url`. */
export async function listRedirects(client: ManagementClient, channelId: number): Promise<StoreRedirect[]> {
  const siteId = await channelSiteId(client, channelId);
  return listAll<StoreRedirect>(client, `/v3/storefront/redirects?site_id=${siteId}&include=to_url`);
}
