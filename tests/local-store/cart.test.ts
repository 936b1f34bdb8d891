import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStore } from '../../local-store/index';
import { ids } from './fixture';
import { ADD, CREATE, createCart, DELETE_LINE, READ, terrariumLine, UPDATE } from './cart-queries';
import { gql, gqlOk, startFixtureStore } from './helpers';

describe('local store cart', () => {
  let store: LocalStore;
  beforeAll(async () => {
    store = await startFixtureStore();
  });
  afterAll(() => store.stop());

  const create = (lineItems: unknown[], currencyCode?: string) => createCart(store, lineItems, currencyCode);

  it('creates a cart with a UUID id, priced lines and chosen options', async () => {
    const cart = await create([
      terrariumLine(2, 1011, 1021, { checkboxes: [{ optionEntityId: 103, optionValueEntityId: 1031 }] }),
    ]);
    expect(cart.entityId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(cart.currencyCode).toBe('USD');
    const [line] = cart.lineItems.physicalItems;
    expect(line).toMatchObject({
      productEntityId: 1,
      variantEntityId: 201,
      sku: 'TERR-S-CLR',
      name: 'Orbit Terrarium',
      url: `${store.url}/orbit-terrarium/`,
      brand: 'Orbit',
      quantity: 2,
      listPrice: { value: 80 },
      extendedSalePrice: { value: 160 },
    });
    expect(line.imageUrl).toBe(`${store.url}/images/stencil/500x500/products/1/11/orbit-terrarium.png`);
    expect(line.selectedOptions).toEqual([
      {
        __typename: 'CartSelectedMultipleChoiceOption',
        entityId: 101,
        name: 'Size',
        value: 'Small',
        valueEntityId: 1011,
      },
      {
        __typename: 'CartSelectedMultipleChoiceOption',
        entityId: 102,
        name: 'Glass',
        value: 'Clear',
        valueEntityId: 1021,
      },
      {
        __typename: 'CartSelectedCheckboxOption',
        entityId: 103,
        name: 'Gift wrap',
        value: 'Yes',
        valueEntityId: 1031,
      },
    ]);
    expect(cart.amount).toEqual({ value: 160, currencyCode: 'USD' });
    const read = await gqlOk(store, READ, { id: cart.entityId });
    expect(read.site.cart.lineItems.totalQuantity).toBe(2);
  });

  it('merges the same variant and options, keeps different ones apart, and adds modifier prices', async () => {
    const cart = await create([terrariumLine(1)]);
    const added = (
      await gqlOk(store, ADD, {
        input: {
          cartEntityId: cart.entityId,
          data: {
            lineItems: [
              terrariumLine(1),
              terrariumLine(1, 1011, 1021, {
                multipleChoices: [
                  { optionEntityId: 101, optionValueEntityId: 1011 },
                  { optionEntityId: 102, optionValueEntityId: 1021 },
                  { optionEntityId: 104, optionValueEntityId: 1042 },
                ],
              }),
              { quantity: 3, productEntityId: ids.mister },
            ],
          },
        },
      })
    ).cart.addCartLineItems.cart;
    const lines = added.lineItems.physicalItems;
    expect(lines.map((line: { sku: string; quantity: number }) => [line.sku, line.quantity])).toEqual([
      ['TERR-S-CLR', 2],
      ['TERR-S-CLR', 1],
      ['SKU-2', 3],
    ]);
    expect(lines[1].listPrice.value).toBe(95);
    expect(lines[2]).toMatchObject({
      listPrice: { value: 19.5 },
      originalPrice: { value: 24 },
      extendedListPrice: { value: 58.5 },
    });
    expect(added.amount.value).toBe(160 + 95 + 58.5);
    expect(added.lineItems.totalQuantity).toBe(6);
  });

  it('prices a cart in the currency it was created with', async () => {
    const cart = await create([{ quantity: 2, productEntityId: ids.mister }], 'EUR');
    expect(cart.amount).toEqual({ value: 35.1, currencyCode: 'EUR' });
    const display = await gql(store, CREATE, {
      input: { lineItems: [{ quantity: 1, productEntityId: ids.mister }], currencyCode: 'JPY' },
    });
    expect(display.errors?.[0].message).toMatch(/JPY is for display only/);
  });

  it('updates a line and deletes the cart with its last line', async () => {
    const cart = await create([
      { quantity: 1, productEntityId: ids.mister },
      { quantity: 1, productEntityId: 101 },
    ]);
    const [mister, seed] = cart.lineItems.physicalItems;
    const updated = (
      await gqlOk(store, UPDATE, {
        input: {
          cartEntityId: cart.entityId,
          lineItemEntityId: mister.entityId,
          data: { lineItem: { quantity: 3, productEntityId: ids.mister } },
        },
      })
    ).cart.updateCartLineItem.cart;
    expect(updated.lineItems.physicalItems[0]).toMatchObject({ entityId: mister.entityId, quantity: 3 });

    const first = await gqlOk(store, DELETE_LINE, {
      input: { cartEntityId: cart.entityId, lineItemEntityId: seed.entityId },
    });
    expect(first.cart.deleteCartLineItem).toEqual({
      deletedLineItemEntityId: seed.entityId,
      deletedCartEntityId: null,
      cart: { entityId: cart.entityId },
    });
    const last = await gqlOk(store, DELETE_LINE, {
      input: { cartEntityId: cart.entityId, lineItemEntityId: mister.entityId },
    });
    expect(last.cart.deleteCartLineItem).toEqual({
      deletedLineItemEntityId: mister.entityId,
      deletedCartEntityId: cart.entityId,
      cart: null,
    });
    expect((await gqlOk(store, READ, { id: cart.entityId })).site.cart).toBeNull();
  });
});
