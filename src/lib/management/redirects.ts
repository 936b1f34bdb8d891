/** The management API's 301 redirects of one channel's site (I/O), replies checked. */
import { z } from 'zod';
import type { ManagementClient } from './client';
import { listAll } from './paged';

const redirectSchema = z.object({
  id: z.number().int(),
  from_path: z.string(),
  // The type stays open: a target type BigCommerce adds later is left out by the redirect rule, by name.
  to: z.object({ type: z.string(), entity_id: z.number().int().optional(), url: z.string().optional() }),
  to_url: z.string().optional(),
});

/** A redirect with its destination URL (`include=to_url`). */
export type StoreRedirect = z.infer<typeof redirectSchema>;

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
  const items = await listAll<unknown>(client, `/v3/storefront/redirects?site_id=${siteId}&include=to_url`);
  return items.map((item) => {
    const parsed = redirectSchema.safeParse(item);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    throw new Error(
      `GET /v3/storefront/redirects gave a redirect without ${issue?.path.join('.')}: ${issue?.message}`,
    );
  });
}
