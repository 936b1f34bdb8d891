/** The real client against the local BigCommerce API over HTTP: paging, auth and query errors. */
import { describe, expect, it } from 'vitest';
import { BigCommerceAuthError, BigCommerceGraphQLError } from '../../src/lib/bigcommerce/errors';
import {
  countRequests,
  localClient,
  ProductPageQuery,
  StoreNameQuery,
  useLocalStore,
  type ProductPage,
} from './local-store-client';

const store = useLocalStore();

describe('client against the local store', () => {
  it('pages through every product with cursors, none twice', async () => {
    const { client } = localClient(store());
    const ids: number[] = [];
    let after: string | null = null;
    let pages = 0;
    let total: number | null | undefined;
    do {
      const page: ProductPage = await client.request(ProductPageQuery, { first: 7, after });
      const { pageInfo, edges, collectionInfo } = page.site.products;
      total = collectionInfo?.totalItems;
      ids.push(...edges.map((edge) => edge.node.entityId));
      expect(edges.at(-1)?.cursor).toBe(pageInfo.endCursor);
      after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
      pages++;
    } while (after && pages < 100);

    expect(ids.length).toBeGreaterThan(7);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(total);
    expect(pages).toBe(Math.ceil(ids.length / 7));
  });

  it('fails at once with an auth error naming the variable when no token is sent', async () => {
    const { client } = localClient(store(), { token: '' });
    const { outcome, requests } = await countRequests(store(), () => client.request(StoreNameQuery));
    expect(outcome).toBeInstanceOf(BigCommerceAuthError);
    expect((outcome as Error).message).toContain('GraphQL credentials were missing');
    expect((outcome as Error).message).toContain('BIGCOMMERCE_PRIVATE_TOKEN');
    expect(requests).toBe(1);
  });

  it('fails at once with an auth error for a token the store does not know', async () => {
    const { client } = localClient(store(), {
      token: 'abc.def.ghi',
      tokenVariable: 'BIGCOMMERCE_STOREFRONT_TOKEN',
    });
    const { outcome, requests } = await countRequests(store(), () => client.request(StoreNameQuery));
    expect(outcome).toBeInstanceOf(BigCommerceAuthError);
    expect((outcome as BigCommerceAuthError).status).toBe(401);
    expect((outcome as Error).message).toMatch(/Unknown JWT token.*Check BIGCOMMERCE_STOREFRONT_TOKEN/);
    expect(requests).toBe(1);
  });

  it('reports asking for more than 50 products as a query error, without retrying', async () => {
    const { client } = localClient(store());
    const { outcome, requests } = await countRequests(store(), () =>
      client.request(ProductPageQuery, { first: 51 }),
    );
    expect(outcome).toBeInstanceOf(BigCommerceGraphQLError);
    expect((outcome as Error).message).toContain("Argument 'first' cannot exceed 50");
    expect(requests).toBe(1);
  });
});
