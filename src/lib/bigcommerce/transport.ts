/** One attempt of a GraphQL request over graphql-request, with every failure turned into a typed error. */
import { ClientError, GraphQLClient } from 'graphql-request';
import { failureToError, type AttemptSeen, type FailureContext } from './failure-to-error';

/** Everything one attempt needs to know. */
export interface AttemptSettings extends FailureContext {
  /** Endpoint plus `?operation=…&type=…`. */
  url: string;
  token: string;
  fetch: typeof fetch;
}

/** Wraps fetch so no cookies are sent, and notes the reply's status and headers for `failureToError`. */
function wrapFetch(baseFetch: typeof fetch, seen: AttemptSeen): typeof fetch {
  return async (input, init) => {
    // Called on globalThis: browsers reject a detached `window.fetch` ("Illegal invocation").
    const response = await baseFetch.call(globalThis, input, { ...init, credentials: 'omit' });
    seen.reply = { status: response.status, headers: response.headers };
    return response;
  };
}

/** Raised by graphql-request for a 2xx reply whose body is not a GraphQL result. */
const isUnreadable = (error: unknown) =>
  error instanceof SyntaxError || /^Invalid execution result/.test(String((error as Error)?.message));

/** What a failed attempt saw, from what graphql-request threw. */
function describeFailure(error: unknown, reply: AttemptSeen['reply'], timedOut: boolean): AttemptSeen {
  if (timedOut) return { failure: error, timedOut };
  if (error instanceof ClientError) {
    const { status, headers, body } = error.response;
    return { reply: { status, headers }, text: typeof body === 'string' ? body : '' };
  }
  // Any other error means the reply never came or broke off while it was read.
  return isUnreadable(error) ? { reply, failure: error } : { failure: error };
}

/** Sends the request once; resolves with `data` or rejects with a `BigCommerceError`. */
export async function sendOnce<TData>(
  query: string,
  variables: unknown,
  settings: AttemptSettings,
  attempt: number,
): Promise<TData> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, settings.timeoutMs);
  const seen: AttemptSeen = {};
  let response;
  try {
    const client = new GraphQLClient(settings.url, {
      fetch: wrapFetch(settings.fetch, seen),
      headers: { Authorization: `Bearer ${settings.token}`, 'Content-Type': 'application/json' },
      errorPolicy: 'all',
    });
    response = await client.rawRequest<TData>({
      query,
      variables: variables as Record<string, unknown> | undefined,
      signal: controller.signal,
    });
  } catch (error) {
    throw failureToError(describeFailure(error, seen.reply, timedOut), settings, attempt);
  } finally {
    clearTimeout(timer);
  }
  if (response.errors?.length) {
    const body = { data: response.data ?? null, errors: response.errors };
    throw failureToError(
      { reply: { status: response.status, headers: response.headers }, body },
      settings,
      attempt,
    );
  }
  return response.data;
}
