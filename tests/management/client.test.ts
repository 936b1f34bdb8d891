import { describe, expect, it } from 'vitest';
import { BigCommerceAuthError, BigCommerceServerError } from '../../src/lib/bigcommerce/errors';
import { ConfigError } from '../../src/lib/config';
import { createManagementClient, ManagementRequestError } from '../../src/lib/management/client';
import { managementConfigFrom } from '../../src/lib/management/config';
import { listAll } from '../../src/lib/management/paged';

const BASE = 'https://api.bigcommerce.com/stores/abc123';

/** A fetch answering from a script, one reply per call, recording each request. */
function scripted(...replies: (() => Response)[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = ((url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = replies.shift();
    if (!next) throw new Error('No more scripted replies');
    return Promise.resolve(next());
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });

const client = (fetch: typeof globalThis.fetch) =>
  createManagementClient({
    baseUrl: BASE,
    token: 'tok',
    fetch,
    retry: { sleep: () => Promise.resolve(), random: () => 0 },
  });

describe('managementConfigFrom', () => {
  it('is off without a token, and reads the base from the API URL or the store hash', () => {
    expect(managementConfigFrom({})).toBeUndefined();
    expect(managementConfigFrom({ BIGCOMMERCE_ACCESS_TOKEN: 't', BIGCOMMERCE_STORE_HASH: 'abc123' })).toEqual(
      {
        baseUrl: BASE,
        token: 't',
      },
    );
    const local = {
      BIGCOMMERCE_ACCESS_TOKEN: 't',
      BIGCOMMERCE_API_URL: 'http://127.0.0.1:4010/stores/sample1/',
    };
    expect(managementConfigFrom(local)?.baseUrl).toBe('http://127.0.0.1:4010/stores/sample1');
  });

  it('names the variable to fix', () => {
    const cases: [Record<string, string>, string][] = [
      [{ BIGCOMMERCE_ACCESS_TOKEN: 't' }, 'BIGCOMMERCE_STORE_HASH'],
      [{ BIGCOMMERCE_ACCESS_TOKEN: 't', BIGCOMMERCE_STORE_HASH: 'no!' }, 'BIGCOMMERCE_STORE_HASH'],
      [
        { BIGCOMMERCE_ACCESS_TOKEN: 't', BIGCOMMERCE_API_URL: 'https://api.bigcommerce.com/v3' },
        'BIGCOMMERCE_API_URL',
      ],
    ];
    for (const [env, variable] of cases) {
      expect(() => managementConfigFrom(env)).toThrow(ConfigError);
      expect(() => managementConfigFrom(env)).toThrow(variable);
    }
  });
});

describe('the management client', () => {
  it('sends X-Auth-Token and JSON, and returns the parsed reply', async () => {
    const { fetch, calls } = scripted(json(200, { data: { id: 5 } }));
    expect(await client(fetch).request('PUT', '/v3/hooks/5', { is_active: true })).toEqual({
      data: { id: 5 },
    });
    expect(calls[0].url).toBe(`${BASE}/v3/hooks/5`);
    expect(new Headers(calls[0].init.headers).get('x-auth-token')).toBe('tok');
    expect(calls[0].init.body).toBe('{"is_active":true}');
  });

  it('waits out 429 and 5xx replies like the GraphQL client', async () => {
    const { fetch, calls } = scripted(
      json(429, { title: 'Too many' }, { 'x-retry-after': '1' }),
      json(503, { status: 503, title: 'Service Unavailable' }),
      json(200, { data: [] }),
    );
    expect(await client(fetch).request('GET', '/v3/hooks')).toEqual({ data: [] });
    expect(calls).toHaveLength(3);
  });

  it('does not repeat a POST after a 5xx, since it may have created the hook', async () => {
    const { fetch, calls } = scripted(json(500, { title: 'Internal' }));
    await expect(client(fetch).request('POST', '/v3/hooks', {})).rejects.toBeInstanceOf(
      BigCommerceServerError,
    );
    expect(calls).toHaveLength(1);
  });

  it('turns 401 into an auth error naming BIGCOMMERCE_ACCESS_TOKEN', async () => {
    const { fetch } = scripted(json(401, { status: 401, title: 'Unauthorized - not a valid combination' }));
    const error = await client(fetch)
      .request('GET', '/v3/hooks')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BigCommerceAuthError);
    expect((error as Error).message).toMatch(/BIGCOMMERCE_ACCESS_TOKEN/);
  });

  it('gives a refused request’s title and field errors, without retrying', async () => {
    const { fetch, calls } = scripted(
      json(422, { status: 422, title: 'JSON data is missing or invalid', errors: { scope: 'duplicate' } }),
    );
    const error = await client(fetch)
      .request('POST', '/v3/hooks', {})
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ManagementRequestError);
    expect((error as ManagementRequestError).status).toBe(422);
    expect((error as Error).message).toBe(
      'BigCommerce refused POST /v3/hooks (HTTP 422: JSON data is missing or invalid; scope: duplicate)',
    );
    expect(calls).toHaveLength(1);
  });

  it('reads every page of a list', async () => {
    const page = (n: number, of: number, ids: number[]) =>
      json(200, {
        data: ids.map((id) => ({ id })),
        meta: { pagination: { current_page: n, total_pages: of } },
      });
    const { fetch, calls } = scripted(page(1, 2, [1, 2]), page(2, 2, [3]));
    expect(await listAll(client(fetch), '/v3/storefront/redirects?site_id=1000')).toEqual([
      { id: 1 },
      { id: 2 },
      { id: 3 },
    ]);
    expect(calls.map((call) => call.url.replace(BASE, ''))).toEqual([
      '/v3/storefront/redirects?site_id=1000&limit=250&page=1',
      '/v3/storefront/redirects?site_id=1000&limit=250&page=2',
    ]);
  });
});
