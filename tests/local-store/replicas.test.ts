import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStore, type LocalStore } from '../../local-store/index';
import { sampleStore } from '../../local-store/data/sample';

interface Reply {
  status: number;
  body: { data?: any; errors?: { message: string }[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** POSTs on a connection of its own (`agent: false`), so the kernel may hand it to either replica. */
function postAlone(
  store: LocalStore,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${store.privateToken}` };
    const sent = request(store.graphqlUrl, { method: 'POST', agent: false, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
    });
    sent.on('error', reject);
    sent.end(JSON.stringify({ query, variables }));
  });
}

const CONNECTIONS = 16;
const PRODUCT =
  'query($path: String!) { site { route(path: $path) { node { ... on Product { entityId name } } } } }';
const CREATE_CART = `mutation($input: CreateCartInput!) { cart { createCart(input: $input) { cart { entityId } } } }`;
const READ_CART = 'query($id: String) { site { cart(entityId: $id) { entityId } } }';

describe('a local store with 2 replicas', () => {
  const data = sampleStore();
  const products = data.products.filter((product) => product.isVisible).slice(0, CONNECTIONS);
  let store: LocalStore;
  beforeAll(async () => {
    store = await startLocalStore({ port: 0, data, replicas: 2 });
  });
  afterAll(() => store.stop());

  it('answers concurrent requests on separate connections correctly and counts them all', async () => {
    const before = store.requestCount();
    const replies = await Promise.all(
      products.map((product) => postAlone(store, PRODUCT, { path: product.path })),
    );
    for (const [index, reply] of replies.entries()) {
      expect(reply.status).toBe(200);
      expect(reply.body.data.site.route.node).toEqual({
        entityId: products[index].entityId,
        name: products[index].name,
      });
    }
    expect(store.requestCount() - before).toBe(products.length);
  });

  it('spreads connections over both replicas, each with carts of its own', async () => {
    const plain = data.products.find(
      (product) =>
        product.isVisible &&
        product.options.length === 0 &&
        product.availability === 'Available' &&
        product.stock !== 0,
    );
    const lineItems = [{ productEntityId: plain?.entityId, quantity: 1 }];
    const created = await postAlone(store, CREATE_CART, { input: { lineItems } });
    expect(created.body.errors).toBeUndefined();
    const cartId = created.body.data.cart.createCart.cart.entityId as string;
    const reads = await Promise.all(
      Array.from({ length: CONNECTIONS }, () => postAlone(store, READ_CART, { id: cartId })),
    );
    const found = reads.filter((reply) => reply.body.data?.site.cart?.entityId === cartId).length;
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(CONNECTIONS);
  });

  it('applies setFaults on every replica', async () => {
    store.setFaults({ throttle: { count: CONNECTIONS * 2, header: 'retry-after' } });
    const throttled = await Promise.all(
      products.map((product) => postAlone(store, PRODUCT, { path: product.path })),
    );
    expect(throttled.map((reply) => reply.status)).toEqual(products.map(() => 429));
    store.setFaults({});
    const healthy = await Promise.all(
      products.map((product) => postAlone(store, PRODUCT, { path: product.path })),
    );
    expect(healthy.map((reply) => reply.status)).toEqual(products.map(() => 200));
  });
});

describe('stopping a replicated local store', () => {
  it('frees its port', async () => {
    const store = await startLocalStore({ port: 0, data: sampleStore(), replicas: 2 });
    const port = Number(new URL(store.url).port);
    await store.stop();
    await expect(postAlone(store, '{ site { settings { storeName } } }')).rejects.toThrow(/ECONNREFUSED/);
    const plain = createServer();
    await new Promise<void>((resolve, reject) => {
      plain.once('error', reject);
      plain.listen(port, '127.0.0.1', resolve);
    });
    await new Promise((resolve) => plain.close(resolve));
  });

  it('refuses a port another server holds, even one that allows sharing', async () => {
    const holder = createServer();
    // A reusing holder: without a check, the replicas' SO_REUSEPORT listens would join it.
    await new Promise<void>((resolve) =>
      holder.listen({ port: 0, host: '127.0.0.1', reusePort: true }, resolve),
    );
    const { port } = holder.address() as AddressInfo;
    try {
      await expect(startLocalStore({ port, data: sampleStore(), replicas: 2 })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  it('refuses a replica count that is not a whole number of at least 1', async () => {
    await expect(startLocalStore({ port: 0, replicas: 0 })).rejects.toThrow(RangeError);
  });
});
