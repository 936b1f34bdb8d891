import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/lib/bigcommerce/client';
import type { BigCommerceServerError } from '../../src/lib/bigcommerce/errors';
import { BigCommerceAuthError, BigCommerceGraphQLError } from '../../src/lib/bigcommerce/errors';
import { clientWith, ENDPOINT, fakeFetch, json, ProductQuery, productData } from './fake-fetch';

describe('createClient request', () => {
  it('posts the full document with its operation name, bearer token and no cookies', async () => {
    const { fetch, calls } = fakeFetch(json(200, { data: productData }));
    const { client } = clientWith(fetch);
    const data = await client.request(ProductQuery, { id: 7 });

    expect(data).toEqual(productData);
    expect(calls).toHaveLength(1);
    const [{ url, init, body }] = calls;
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('omit');
    const headers = new Headers(init.headers);
    expect(headers.get('authorization')).toBe('Bearer tok_123');
    expect(headers.get('content-type')).toBe('application/json');
    expect(body).toEqual({ query: String(ProductQuery), operationName: 'GetProduct', variables: { id: 7 } });
    expect(body.query).toContain('fragment ProductName on Product');
    expect(new URL(url).searchParams.get('operation')).toBe('GetProduct');
    expect(new URL(url).searchParams.get('type')).toBe('query');
  });

  it('throws a GraphQL error listing each message with its path, keeping partial data, without retrying', async () => {
    const errors = [
      {
        message: 'Price unavailable',
        path: ['site', 'product', 'prices'],
        locations: [{ line: 1, column: 2 }],
      },
      { message: "Argument 'first' cannot exceed 50" },
    ];
    const { fetch, calls } = fakeFetch(json(200, { data: { site: { product: null } }, errors }));
    const error = await clientWith(fetch)
      .client.request(ProductQuery, { id: 7 })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(BigCommerceGraphQLError);
    const graphqlError = error as BigCommerceGraphQLError;
    expect(graphqlError.kind).toBe('graphql');
    expect(graphqlError.errors).toEqual(errors);
    expect(graphqlError.data).toEqual({ site: { product: null } });
    expect(graphqlError.message).toContain('site.product.prices: Price unavailable');
    expect(graphqlError.message).toContain("Argument 'first' cannot exceed 50");
    expect(calls).toHaveLength(1);
  });

  it('turns a 401 into an auth error naming the variable to check, without retrying', async () => {
    const { fetch, calls } = fakeFetch(json(401, { status: 401, title: 'Unknown JWT token' }));
    const error = await clientWith(fetch)
      .client.request(ProductQuery, { id: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BigCommerceAuthError);
    expect((error as Error).message).toMatch(
      /Unknown JWT token.*BIGCOMMERCE_PRIVATE_TOKEN.*BIGCOMMERCE_CHANNEL_ID/,
    );
    expect(calls).toHaveLength(1);
  });

  it('names the storefront token variable for the browser client', async () => {
    const { fetch } = fakeFetch(new Response('Forbidden', { status: 403 }));
    const { client } = clientWith(fetch, { tokenVariable: 'BIGCOMMERCE_STOREFRONT_TOKEN' });
    const error = await client.request(ProductQuery, { id: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BigCommerceAuthError);
    expect((error as Error).message).toContain(
      'Check BIGCOMMERCE_STOREFRONT_TOKEN and BIGCOMMERCE_CHANNEL_ID',
    );
    expect((error as Error).message).toContain('HTTP 403: Forbidden');
  });

  it('does not retry an unreadable 200 or a 404, and says what to check', async () => {
    const { fetch, calls } = fakeFetch(new Response('<html>hello</html>', { status: 200 }));
    const unreadable = await clientWith(fetch)
      .client.request(ProductQuery, { id: 1 })
      .catch((e: unknown) => e);
    expect((unreadable as BigCommerceServerError).reason).toBe('invalid-response');
    expect(calls).toHaveLength(1);

    const notFound = fakeFetch(new Response('Not Found', { status: 404 }));
    const error = await clientWith(notFound.fetch)
      .client.request(ProductQuery, { id: 1 })
      .catch((e: unknown) => e);
    expect((error as Error).message).toContain('check that the endpoint is a BigCommerce GraphQL URL');
    expect(notFound.calls).toHaveLength(1);
  });

  it('refuses an endpoint that is not an absolute URL', () => {
    expect(() => createClient({ endpoint: '/graphql', token: 't' })).toThrow(
      /"\/graphql" is not an absolute URL/,
    );
  });

  it('refuses more than 10 attempts', () => {
    expect(() => createClient({ endpoint: ENDPOINT, token: 't', retry: { maxAttempts: 11 } })).toThrow(
      RangeError,
    );
  });
});
