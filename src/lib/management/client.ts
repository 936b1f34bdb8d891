/**
 * The BigCommerce management REST API client (I/O, over fetch): `X-Auth-Token` auth, JSON in and out,
 * and the GraphQL client's failure rules and retry policy (`bigcommerce/failure-to-error.ts`,
 * `bigcommerce/retry.ts`) for 401/403, 429 and 5xx. Other 4xx replies are final `ManagementRequestError`s.
 */
import { failureToError, type FailureContext } from '../bigcommerce/failure-to-error';
import { decideRetry, resolveRetryOptions, withRetry, type RetryOptions } from '../bigcommerce/retry';
import type { ManagementConfig } from './config';

/** A 4xx reply other than auth and throttling: the request itself was refused (a duplicate hook, say). */
export class ManagementRequestError extends Error {
  override readonly name = 'ManagementRequestError';

  constructor(
    readonly status: number,
    readonly operation: string,
    readonly title: string,
    /** BigCommerce's per-field errors, when it gave any. */
    readonly errors: Record<string, unknown> = {},
  ) {
    const fields = Object.entries(errors).map(([field, why]) => `${field}: ${String(why)}`);
    super(
      `BigCommerce refused ${operation} (HTTP ${status}: ${title}${fields.length ? `; ${fields.join('; ')}` : ''})`,
    );
  }
}

/** Settings of `createManagementClient`. */
export interface ManagementClientOptions extends ManagementConfig {
  fetch?: typeof fetch;
  retry?: Partial<RetryOptions>;
  /** Per attempt, default 30 s. */
  timeoutMs?: number;
}

/** Sends requests to one store's management API. */
export interface ManagementClient {
  /** The API's base, `…/stores/{hash}`. */
  readonly baseUrl: string;
  /** Sends `method path` (`/v3/…`, query included) with an optional JSON body; resolves with the parsed reply. */
  request<T>(method: string, path: string, body?: unknown): Promise<T>;
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** Creates a client; throws on a base that is not a URL. */
export function createManagementClient(options: ManagementClientOptions): ManagementClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  try {
    new URL(baseUrl);
  } catch {
    throw new TypeError(`The management API base "${options.baseUrl}" is not an absolute URL`);
  }
  const retry = resolveRetryOptions(options.retry);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function attempt<T>(method: string, url: string, body: unknown, context: FailureContext, n: number) {
    let reply: Response;
    let text: string;
    try {
      reply = await send(url, {
        method,
        headers: {
          'x-auth-token': options.token,
          accept: 'application/json',
          'content-type': 'application/json',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      text = await reply.text();
    } catch (failure) {
      const timedOut = (failure as Error)?.name === 'TimeoutError';
      throw failureToError({ failure, timedOut }, context, n);
    }
    const parsed = parse(text) as { title?: string; errors?: Record<string, unknown> } | undefined;
    const { status } = reply;
    if (status >= 400 && status < 500 && status !== 401 && status !== 403 && status !== 429) {
      throw new ManagementRequestError(
        status,
        context.operationName!,
        parsed?.title ?? text.slice(0, 200),
        parsed?.errors,
      );
    }
    if (status < 200 || status >= 300) throw failureToError({ reply, text }, context, n);
    if (text && parsed === undefined) {
      throw new ManagementRequestError(
        status,
        context.operationName!,
        `the reply is not JSON: ${text.slice(0, 200)}`,
      );
    }
    return parsed as T;
  }

  return {
    baseUrl,
    request<T>(method: string, path: string, body?: unknown): Promise<T> {
      const url = `${baseUrl}${path}`;
      const context: FailureContext = {
        endpoint: url,
        operationName: `${method} ${path.split('?')[0]}`,
        // A repeated POST could create twice; PUT and DELETE land the same however often they are sent.
        isMutation: method === 'POST',
        tokenVariable: 'BIGCOMMERCE_ACCESS_TOKEN',
        timeoutMs,
      };
      return withRetry(
        (n) => attempt<T>(method, url, body, context, n),
        (error, failed) => decideRetry(error, failed, context.isMutation, retry),
        retry.sleep,
      );
    },
  };
}
