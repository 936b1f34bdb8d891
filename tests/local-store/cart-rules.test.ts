import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CART_NOT_FOUND, type LocalStore } from '../../local-store/index';
import { ids } from './fixture';
import { ADD, CREATE, createCart, READ, terrariumLine } from './cart-queries';
import { gql, gqlOk, startFixtureStore } from './helpers';

describe('local store cart rules', () => {
  let store: LocalStore;
  beforeAll(async () => {
    store = await startFixtureStore();
  });
  afterAll(() => store.stop());

  const create = (lineItems: unknown[], currencyCode?: string) => createCart(store, lineItems, currencyCode);

  it('answers "Not Found: Cart does not exist" for mutations on a missing or deleted cart', async () => {
    const cart = await create([{ quantity: 1, productEntityId: ids.mister }]);
    const deleted = await gqlOk(
      store,
      'mutation($id: String!) { cart { deleteCart(input: { cartEntityId: $id }) { deletedCartEntityId } } }',
      {
        id: cart.entityId,
      },
    );
    expect(deleted.cart.deleteCart.deletedCartEntityId).toBe(cart.entityId);
    const reply = await gql(store, ADD, {
      input: {
        cartEntityId: cart.entityId,
        data: { lineItems: [{ quantity: 1, productEntityId: ids.mister }] },
      },
    });
    expect(reply.status).toBe(200);
    expect(reply.errors?.[0]).toMatchObject({ message: CART_NOT_FOUND, path: ['cart', 'addCartLineItems'] });
    expect(CART_NOT_FOUND).toBe('Not Found: Cart does not exist');
    expect((await gqlOk(store, READ, { id: 'no-such-cart' })).site.cart).toBeNull();
  });

  it('refuses more than the stock with a "Not enough stock:" message', async () => {
    const tooMany = await gql(store, CREATE, {
      input: { lineItems: [{ quantity: 4, productEntityId: ids.mister }] },
    });
    expect(tooMany.errors?.[0].message).toMatch(/^Not enough stock: only 3 of Brass Mister/);
    const soldOut = await gql(store, CREATE, { input: { lineItems: [terrariumLine(1, 1011, 1022)] } });
    expect(soldOut.errors?.[0].message).toMatch(
      /^Not enough stock: Orbit Terrarium \(SKU TERR-S-SMK\) is out of stock/,
    );
    const cart = await create([{ quantity: 2, productEntityId: ids.mister }]);
    const more = await gql(store, ADD, {
      input: {
        cartEntityId: cart.entityId,
        data: { lineItems: [{ quantity: 2, productEntityId: ids.mister }] },
      },
    });
    expect(more.errors?.[0].message).toMatch(/^Not enough stock:/);
    const unchanged = await gqlOk(store, READ, { id: cart.entityId });
    expect(unchanged.site.cart.lineItems.totalQuantity).toBe(2);
  });

  it('requires required options and refuses what cannot be bought', async () => {
    const errorOf = async (line: unknown) =>
      (await gql(store, CREATE, { input: { lineItems: [line] } })).errors?.[0].message;
    expect(await errorOf({ quantity: 1, productEntityId: ids.terrarium })).toBe(
      'Missing required option "Size" for "Orbit Terrarium"',
    );
    expect(await errorOf({ quantity: 1, productEntityId: ids.planter })).toBe(
      'Missing required option "Engraving" for "Engraved Planter"',
    );
    expect(
      await errorOf({
        quantity: 1,
        productEntityId: ids.planter,
        selectedOptions: { textFields: [{ optionEntityId: 801, text: 'x' }] },
      }),
    ).toMatch(/at least 2 characters/);
    expect(await errorOf({ quantity: 1, productEntityId: ids.retired })).toBe(
      '"Retired Kit" is not available for purchase',
    );
    expect(await errorOf({ quantity: 1, productEntityId: ids.onRequest })).toMatch(/has no price/);
    expect(await errorOf({ quantity: 1, productEntityId: ids.hidden })).toBe('Product 7 was not found');
    expect(await errorOf(terrariumLine(1, 1012, 1022))).toMatch(/not available for purchase/);
    expect(await errorOf({ quantity: 11, productEntityId: ids.mister })).toMatch(
      /at most 10|Not enough stock/,
    );
  });

  it('accepts text and number modifiers and reports them back', async () => {
    const cart = await create([
      {
        quantity: 1,
        productEntityId: ids.planter,
        selectedOptions: {
          textFields: [{ optionEntityId: 801, text: 'Fern' }],
          numberFields: [{ optionEntityId: 802, number: 3 }],
        },
      },
    ]);
    expect(cart.lineItems.physicalItems[0].selectedOptions).toEqual([
      { __typename: 'CartSelectedTextFieldOption', entityId: 801, name: 'Engraving', text: 'Fern' },
      { __typename: 'CartSelectedNumberFieldOption', entityId: 802, name: 'Drainage holes', number: 3 },
    ]);
  });
});
