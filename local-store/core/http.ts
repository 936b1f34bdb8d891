/** Transport-neutral request and response shapes the local API speaks, plus small reply helpers. */

/** One HTTP request as the core sees it: `path` includes the query string. */
export interface ApiRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body?: string | Uint8Array;
}

/** One reply; `dropConnection` asks the transport to hang up without answering. */
export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
  dropConnection?: boolean;
}

/** The first value of a header, matched case-insensitively. */
export function headerOf(request: ApiRequest, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(request.headers)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

/** A JSON reply. */
export function jsonResponse(
  status: number,
  payload: unknown,
  headers: Record<string, string> = {},
): ApiResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(payload),
  };
}

/** A GraphQL-style error reply outside execution (auth, throttling, bad requests). */
export function errorResponse(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): ApiResponse {
  return jsonResponse(status, { errors: [{ message }] }, headers);
}

/** An HTML page reply. */
export function htmlResponse(status: number, html: string): ApiResponse {
  return {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    body: html,
  };
}

/** The request body as text. */
export function bodyText(request: ApiRequest): string {
  if (request.body === undefined) return '';
  return typeof request.body === 'string' ? request.body : Buffer.from(request.body).toString('utf8');
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
