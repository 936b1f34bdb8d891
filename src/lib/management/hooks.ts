/** The management API's `/v3/hooks` (I/O): list, create, update and delete webhooks. */
import type { ManagementClient } from './client';
import { listAll } from './paged';

/** A registered webhook as BigCommerce returns it. */
export interface Hook {
  id: number;
  scope: string;
  destination: string;
  is_active: boolean;
  headers: Record<string, string> | null;
  created_at: number;
  updated_at: number;
}

/** What a hook is registered with. */
export type HookInput = Pick<Hook, 'scope' | 'destination' | 'is_active' | 'headers'>;

/** Every hook of the store for this API account. */
export const listHooks = (client: ManagementClient) => listAll<Hook>(client, '/v3/hooks');

/** Registers a hook. */
export async function createHook(client: ManagementClient, input: HookInput): Promise<Hook> {
  return (await client.request<{ data: Hook }>('POST', '/v3/hooks', input)).data;
}

/** Changes a hook's fields. */
export async function updateHook(
  client: ManagementClient,
  id: number,
  input: Partial<HookInput>,
): Promise<Hook> {
  return (await client.request<{ data: Hook }>('PUT', `/v3/hooks/${id}`, input)).data;
}

/** Deletes a hook. */
export async function deleteHook(client: ManagementClient, id: number): Promise<void> {
  await client.request('DELETE', `/v3/hooks/${id}`);
}
