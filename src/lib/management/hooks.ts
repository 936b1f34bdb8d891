/** The management API's `/v3/hooks` (I/O): list, create, update and delete webhooks, replies checked. */
import { z } from 'zod';
import type { ManagementClient } from './client';
import { listAll } from './paged';

const hookSchema = z.object({
  id: z.number().int(),
  scope: z.string(),
  destination: z.string(),
  is_active: z.boolean(),
  headers: z.record(z.string(), z.string()).nullable().default(null),
  created_at: z.number().optional(),
  updated_at: z.number().optional(),
});

/** A registered webhook as BigCommerce returns it (the fields this project reads). */
export type Hook = z.infer<typeof hookSchema>;

/** What a hook is registered with. */
export type HookInput = Pick<Hook, 'scope' | 'destination' | 'is_active' | 'headers'>;

/** A hook from a reply, or an error saying what BigCommerce sent instead. */
function hookFrom(value: unknown, operation: string): Hook {
  const parsed = hookSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(
    `${operation} did not answer a webhook (${issue?.path.join('.') || 'data'}: ${issue?.message})`,
  );
}

/** Every hook of the store for this API account. */
export async function listHooks(client: ManagementClient): Promise<Hook[]> {
  return (await listAll<unknown>(client, '/v3/hooks')).map((hook) => hookFrom(hook, 'GET /v3/hooks'));
}

/** Registers a hook. */
export async function createHook(client: ManagementClient, input: HookInput): Promise<Hook> {
  const reply = await client.request<{ data?: unknown }>('POST', '/v3/hooks', input);
  return hookFrom(reply?.data, 'POST /v3/hooks');
}

/** Changes a hook's fields. */
export async function updateHook(
  client: ManagementClient,
  id: number,
  input: Partial<HookInput>,
): Promise<Hook> {
  const reply = await client.request<{ data?: unknown }>('PUT', `/v3/hooks/${id}`, input);
  return hookFrom(reply?.data, `PUT /v3/hooks/${id}`);
}

/** Deletes a hook. */
export async function deleteHook(client: ManagementClient, id: number): Promise<void> {
  await client.request('DELETE', `/v3/hooks/${id}`);
}
