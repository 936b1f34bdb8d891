import { describe, expect, it } from 'vitest';
import {
  BigCommerceAuthError,
  BigCommerceGraphQLError,
  BigCommerceServerError,
  BigCommerceThrottledError,
} from '../../src/lib/bigcommerce/errors';
import {
  failureToError,
  type AttemptSeen,
  type FailureContext,
} from '../../src/lib/bigcommerce/failure-to-error';

const ENDPOINT = 'https://store-abc123.mybigcommerce.com/graphql';
const query: FailureContext = {
  endpoint: ENDPOINT,
  operationName: 'GetCartQuery',
  isMutation: false,
  tokenVariable: 'BIGCOMMERCE_PRIVATE_TOKEN',
  timeoutMs: 30_000,
};
const mutation: FailureContext = { ...query, operationName: 'AddCartLineItemsMutation', isMutation: true };
const MUTATION_NOTE = /may already have been applied; re-read the cart/;

/** What an attempt saw when a reply came. */
function reply(status: number, body?: unknown, headers: Record<string, string> = {}): AttemptSeen {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { reply: { status, headers: new Headers(headers) }, text, body: parsed };
}

const connectionError = (code: string) =>
  Object.assign(new TypeError('fetch failed'), {
    cause: Object.assign(new Error(`connect ${code} 127.0.0.1:9`), { code }),
  });

function serverError(seen: AttemptSeen, context = query, attempt = 1): BigCommerceServerError {
  const error = failureToError(seen, context, attempt);
  expect(error).toBeInstanceOf(BigCommerceServerError);
  return error as BigCommerceServerError;
}

describe('failureToError', () => {
  it('turns 401 and 403 into auth errors quoting the store and naming the token variable', () => {
    const refused = failureToError(reply(401, { status: 401, title: 'Unknown JWT token' }), query, 1);
    expect(refused).toBeInstanceOf(BigCommerceAuthError);
    expect(refused.message).toBe(
      'BigCommerce refused the token for GetCartQuery (HTTP 401: Unknown JWT token). ' +
        'Check BIGCOMMERCE_PRIVATE_TOKEN (or BIGCOMMERCE_STOREFRONT_TOKEN) and BIGCOMMERCE_CHANNEL_ID.',
    );

    const storefront = { ...query, tokenVariable: 'BIGCOMMERCE_STOREFRONT_TOKEN' };
    const forbidden = failureToError(reply(403, 'Forbidden'), storefront, 1) as BigCommerceAuthError;
    expect(forbidden.status).toBe(403);
    expect(forbidden.message).toContain('(HTTP 403: Forbidden). Check BIGCOMMERCE_STOREFRONT_TOKEN and');
    expect(failureToError(reply(403), query, 1).message).toContain('HTTP 403: no message');
  });

  it('turns a 429 into a throttled error with the wait the store asked for', () => {
    const asked = failureToError(reply(429, {}, { 'X-Retry-After': '2' }), query, 4);
    expect(asked).toBeInstanceOf(BigCommerceThrottledError);
    expect(asked).toMatchObject({ attempts: 4, retryAfterMs: 2000 });
    expect(asked.message).toContain('still HTTP 429 after 4 attempts (it asked to wait 2000 ms)');
    expect(failureToError(reply(429), query, 1)).toMatchObject({ retryAfterMs: undefined });
  });

  it('turns errors[] under 500 into a GraphQL error keeping the partial data, whatever the status', () => {
    const errors = [{ message: 'Cart not found', path: ['site', 'cart'] }];
    for (const status of [200, 400]) {
      const error = failureToError(reply(status, { data: { site: { cart: null } }, errors }), query, 1);
      expect(error).toBeInstanceOf(BigCommerceGraphQLError);
      expect(error).toMatchObject({ errors, data: { site: { cart: null } } });
      expect(error.message).toBe('BigCommerce rejected GetCartQuery: site.cart: Cart not found');
    }
    expect(failureToError(reply(200, { errors }), query, 1)).toMatchObject({ data: null });
  });

  it('turns a 5xx into a server error with the store’s words, even when it carries errors[]', () => {
    const error = serverError(reply(503, { errors: [{ message: 'Service Unavailable' }] }), query, 3);
    expect(error).toMatchObject({ reason: 'http', status: 503, attempts: 3, mayHaveReachedServer: true });
    expect(error.message).toBe(
      `BigCommerce at ${ENDPOINT} is down or unreachable for GetCartQuery: ` +
        'HTTP 503 (Service Unavailable) (after 3 attempts).',
    );
    expect(serverError(reply(500, 'oops')).detail).toBe('HTTP 500 (oops)');
    expect(serverError(reply(502, 'x'.repeat(300))).detail).toBe(`HTTP 502 (${'x'.repeat(200)})`);
  });

  it('says to check the endpoint for another status without errors[]', () => {
    const error = serverError(reply(404, 'Not Found'));
    expect(error).toMatchObject({ reason: 'http', status: 404 });
    expect(error.message).toContain(
      'answered HTTP 404 (Not Found) for GetCartQuery; check that the endpoint is a BigCommerce GraphQL URL',
    );
  });

  it('calls a 2xx reply that is not a GraphQL result invalid', () => {
    const parseError = new SyntaxError('Unexpected token <');
    const error = serverError({ ...reply(200, '<html>hello</html>'), failure: parseError }, mutation);
    expect(error).toMatchObject({ reason: 'invalid-response', detail: 'the reply was not a GraphQL result' });
    expect(error.cause).toBe(parseError);
    expect(error.message).not.toMatch(MUTATION_NOTE);
  });

  it('reports a timeout with the time allowed', () => {
    const abort = new DOMException('This operation was aborted', 'AbortError');
    const error = serverError({ failure: abort, timedOut: true });
    expect(error).toMatchObject({ reason: 'timeout', detail: 'no reply within 30000 ms', cause: abort });
  });

  it('reports no reply with the cause below fetch’s own words', () => {
    const refused = connectionError('ECONNREFUSED');
    const error = serverError({ failure: refused });
    expect(error).toMatchObject({ reason: 'network', cause: refused });
    expect(error.detail).toBe('fetch failed: connect ECONNREFUSED 127.0.0.1:9');
    expect(serverError({ failure: new TypeError('Failed to fetch') }).detail).toBe('Failed to fetch');
  });

  it('knows a request never sent only from the codes of a connection that never opened', () => {
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'UND_ERR_CONNECT_TIMEOUT']) {
      expect(serverError({ failure: connectionError(code) }).mayHaveReachedServer).toBe(false);
    }
    expect(serverError({ failure: connectionError('ECONNRESET') }).mayHaveReachedServer).toBe(true);
    // A browser's fetch cannot tell a refused connection from a dropped one.
    expect(serverError({ failure: new TypeError('Failed to fetch') }).mayHaveReachedServer).toBe(true);
  });

  it('notes on a mutation that may have landed that it was not retried, and only then', () => {
    const mayHaveLanded: AttemptSeen[] = [
      reply(500, 'boom'),
      { failure: new Error('aborted'), timedOut: true },
      { failure: connectionError('ECONNRESET') },
      { failure: new TypeError('Failed to fetch') },
    ];
    for (const seen of mayHaveLanded) {
      expect(serverError(seen, mutation).message).toMatch(MUTATION_NOTE);
      expect(serverError(seen, query).message).not.toMatch(MUTATION_NOTE);
    }
    expect(serverError({ failure: connectionError('ECONNREFUSED') }, mutation).message).not.toMatch(
      MUTATION_NOTE,
    );
    expect(serverError(reply(404, 'Not Found'), mutation).message).not.toMatch(MUTATION_NOTE);
  });
});
