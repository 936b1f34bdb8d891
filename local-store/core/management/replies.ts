/** BigCommerce's REST reply shapes: `{data, meta}`, v3 pagination and `{status, title, type, errors}` errors. */
import { jsonResponse, type ApiResponse } from '../http';

const STATUS_CODES_PAGE = '/api-docs/getting-started/api-status-codes';

/** BigCommerce's 401 title for a missing or unknown `X-Auth-Token`. */
export const UNAUTHORIZED_TITLE =
  'Unauthorized - the v3 Auth client ID or token in the request are not a valid combination for this store.';

/** A REST error reply; `errors` names the fields at fault (422). */
export function restError(status: number, title: string, errors?: Record<string, string>): ApiResponse {
  return jsonResponse(status, { status, title, type: STATUS_CODES_PAGE, ...(errors ? { errors } : {}) });
}

/** A single-object reply. */
export const dataReply = (data: unknown, status = 200): ApiResponse =>
  jsonResponse(status, { data, meta: {} });

/** `?page=&limit=` read as v3 does: page from 1, limit 1–250 (default 50); null when malformed. */
export function pageParams(query: URLSearchParams): { page: number; limit: number } | null {
  const page = Number(query.get('page') ?? 1);
  const limit = Number(query.get('limit') ?? 50);
  if (!Number.isInteger(page) || page < 1 || !Number.isInteger(limit) || limit < 1 || limit > 250)
    return null;
  return { page, limit };
}

/** One page of `items` with v3's `meta.pagination` (links are query strings, as BigCommerce gives them). */
export function pagedReply<T>(items: readonly T[], page: number, limit: number): ApiResponse {
  const totalPages = Math.ceil(items.length / limit);
  const data = items.slice((page - 1) * limit, page * limit);
  const link = (to: number) => `?page=${to}&limit=${limit}`;
  return jsonResponse(200, {
    data,
    meta: {
      pagination: {
        total: items.length,
        count: data.length,
        per_page: limit,
        current_page: page,
        total_pages: totalPages,
        links: {
          ...(page > 1 ? { previous: link(page - 1) } : {}),
          current: link(page),
          ...(page < totalPages ? { next: link(page + 1) } : {}),
        },
      },
    },
  });
}

/** The request body parsed as a JSON object, or the reason it is not one. */
export function jsonObject(text: string): Record<string, unknown> | string {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    return 'The request body must be a JSON object';
  } catch {
    return 'The request body is not valid JSON';
  }
}
