/** Reads every page of a v3 list (`data` + `meta.pagination`) through the management client (I/O). */
import type { ManagementClient } from './client';

interface Page<T> {
  data: T[];
  meta?: { pagination?: { total_pages?: number; current_page?: number } };
}

/** Every item of the list at `path` (which may carry its own query), 250 per request. */
export async function listAll<T>(client: ManagementClient, path: string): Promise<T[]> {
  const items: T[] = [];
  const joiner = path.includes('?') ? '&' : '?';
  for (let page = 1; ; page++) {
    const reply = await client.request<Page<T>>('GET', `${path}${joiner}limit=250&page=${page}`);
    if (!Array.isArray(reply?.data)) throw new Error(`GET ${path} did not answer a list (no data array)`);
    items.push(...reply.data);
    const totalPages = reply.meta?.pagination?.total_pages ?? 1;
    if (page >= totalPages || reply.data.length === 0) return items;
  }
}
