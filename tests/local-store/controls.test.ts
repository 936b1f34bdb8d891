import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LocalStore } from '../../local-store/index';
import {
  EXPIRE_CART_CONTROL_PATH,
  FAULTS_CONTROL_PATH,
  STOCK_CONTROL_PATH,
} from '../../local-store/core/controls';
import { ADD, CREATE, READ, terrariumLine } from './cart-queries';
import { ids } from './fixture';
import { gql, gqlOk, startFixtureStore } from './helpers';

const query = '{ site { products(first: 1) { edges { node { entityId } } } } }';
const stockQuery = `query($id: Int!) { site { product(entityId: $id) {
  inventory { isInStock aggregated { availableToSell } }
  variants(first: 10) { edges { node { sku inventory { isInStock aggregated { availableToSell } } } } } } } }`;

let store: LocalStore;
beforeEach(async () => {
  store = await startFixtureStore();
});
afterEach(() => store.stop());

const control = (path: string, body: unknown) =>
  fetch(`${store.url}${path}`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('fault control over HTTP (for tests in another process)', () => {
  it('takes a fault config and can revive a store that stopped answering', async () => {
    expect((await control(FAULTS_CONTROL_PATH, { serverErrors: 1 })).status).toBe(200);
    expect((await gql(store, query)).status).toBe(500);
    expect((await gql(store, query)).status).toBe(200);

    await control(FAULTS_CONTROL_PATH, { dieAfter: 0 });
    await expect(gql(store, query)).rejects.toThrow();
    expect((await control(FAULTS_CONTROL_PATH, '{}')).status).toBe(200);
    expect((await gql(store, query)).status).toBe(200);
  });

  it('refuses a malformed config with 400', async () => {
    expect((await control(FAULTS_CONTROL_PATH, { serverErrors: -1 })).status).toBe(400);
  });
});

describe('expiring a cart', () => {
  it('makes the store treat the cart as past its 30 days: read back null, changes refused', async () => {
    const cart = (await gqlOk(store, CREATE, { input: { lineItems: [terrariumLine(1)] } })).cart.createCart
      .cart;
    expect((await control(EXPIRE_CART_CONTROL_PATH, { cartEntityId: cart.entityId })).status).toBe(200);
    expect((await gqlOk(store, READ, { id: cart.entityId })).site.cart).toBeNull();
    const add = await gql(store, ADD, {
      input: { cartEntityId: cart.entityId, data: { lineItems: [terrariumLine(1)] } },
    });
    expect(add.errors?.map((error) => error.message)).toEqual(['Not Found: Cart does not exist']);
  });

  it('answers 404 for a cart the store does not have, and 400 without an id', async () => {
    expect((await control(EXPIRE_CART_CONTROL_PATH, { cartEntityId: 'no-such-cart' })).status).toBe(404);
    expect((await control(EXPIRE_CART_CONTROL_PATH, {})).status).toBe(400);
  });
});

describe('setting stock', () => {
  it('sets units on hand by SKU, which stock and cart checks follow, until cleared', async () => {
    const mister = async () => (await gqlOk(store, stockQuery, { id: ids.mister })).site.product.inventory;
    expect(await mister()).toEqual({ isInStock: true, aggregated: { availableToSell: 3 } });
    expect((await control(STOCK_CONTROL_PATH, { 'SKU-2': 0, 'TERR-S-CLR': 1 })).status).toBe(200);
    expect(await mister()).toEqual({ isInStock: false, aggregated: { availableToSell: 0 } });
    const refused = await gql(store, CREATE, {
      input: { lineItems: [{ quantity: 1, productEntityId: ids.mister }] },
    });
    expect(refused.errors?.[0].message).toMatch(/^Not enough stock: .* is out of stock\.$/);
    const terrarium = await gql(store, CREATE, { input: { lineItems: [terrariumLine(2)] } });
    expect(terrarium.errors?.[0].message).toMatch(/^Not enough stock: only 1 of /);

    expect((await control(STOCK_CONTROL_PATH, {})).status).toBe(200);
    expect(await mister()).toEqual({ isInStock: true, aggregated: { availableToSell: 3 } });
  });

  it('refuses an unknown SKU or a count that is not a whole number', async () => {
    expect((await control(STOCK_CONTROL_PATH, { 'NO-SUCH-SKU': 1 })).status).toBe(400);
    expect((await control(STOCK_CONTROL_PATH, { 'SKU-2': -1 })).status).toBe(400);
    expect((await control(STOCK_CONTROL_PATH, { 'SKU-2': 1.5 })).status).toBe(400);
  });
});
