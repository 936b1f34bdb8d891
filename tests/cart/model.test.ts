import { describe, expect, it } from 'vitest';
import { toCart } from '../../src/lib/cart/from-api';
import { parseCartSnapshot, quantityInCart } from '../../src/lib/cart/model';
import { apiCart, apiLine } from './fixtures';

describe('toCart', () => {
  it('is null when the API has no cart', () => {
    expect(toCart(null)).toBeNull();
    expect(toCart(undefined)).toBeNull();
  });

  it('maps lines with their options, prices, totals and a path on this site', () => {
    const cart = toCart(apiCart([apiLine({ quantity: 2 })]))!;
    expect(cart).toMatchObject({
      id: 'cart-1',
      currency: 'USD',
      count: 2,
      subtotal: { amount: 3998, currency: 'USD' },
    });
    expect(cart.lines).toEqual([
      {
        id: 'line-1',
        productId: 101,
        variantId: 1001,
        sku: 'MUG-BLUE',
        name: 'Speckled Mug',
        path: '/speckled-stoneware-mug/',
        imageUrl: 'https://cdn.example/mug.jpg',
        quantity: 2,
        options: [
          { name: 'Colour', value: 'Blue' },
          { name: 'Engraving', value: 'Hi' },
        ],
        selectedOptions: {
          multipleChoices: [{ optionEntityId: 1, optionValueEntityId: 11 }],
          textFields: [{ optionEntityId: 2, text: 'Hi' }],
        },
        unitPrice: { amount: 1999, currency: 'USD' },
        unitListPrice: { amount: 2400, currency: 'USD' },
        total: { amount: 3998, currency: 'USD' },
      },
    ]);
  });

  it('prices lines exactly in the cart currency’s minor units (3-decimal KWD, halves)', () => {
    const kwd = (value: number) => ({ value, currencyCode: 'KWD' });
    const cart = toCart({
      ...apiCart([
        apiLine({
          quantity: 2,
          listPrice: kwd(12.3455),
          salePrice: kwd(1.0005),
          extendedSalePrice: kwd(2.001),
        }),
      ]),
      currencyCode: 'KWD',
      amount: kwd(2.001),
    })!;
    expect(cart.lines[0]).toMatchObject({
      unitPrice: { amount: 1001, currency: 'KWD' },
      unitListPrice: { amount: 12346, currency: 'KWD' },
      total: { amount: 2001, currency: 'KWD' },
    });
    expect(cart.subtotal).toEqual({ amount: 2001, currency: 'KWD' });
  });

  it('leaves out the list price when the line is not on sale', () => {
    const [line] = toCart(apiCart([apiLine({ listPrice: { value: 19.99, currencyCode: 'USD' } })]))!.lines;
    expect(line.unitListPrice).toBeUndefined();
  });

  it('counts digital lines too and shows numbers, checkboxes and dates as text', () => {
    const digital = apiLine({
      entityId: 'line-2',
      productEntityId: 102,
      variantEntityId: null,
      sku: null,
      quantity: 3,
      selectedOptions: [
        { __typename: 'CartSelectedNumberFieldOption', entityId: 5, name: 'Licences', number: 3 },
        {
          __typename: 'CartSelectedCheckboxOption',
          entityId: 6,
          name: 'Gift',
          value: 'Yes',
          valueEntityId: 61,
        },
        {
          __typename: 'CartSelectedDateFieldOption',
          entityId: 7,
          name: 'Start',
          date: { utc: '2026-05-01T00:00:00Z' },
        },
        { __typename: 'CartSelectedFileUploadOption', entityId: 8, name: 'Logo' },
      ],
    });
    const cart = toCart(apiCart([apiLine()], [digital]))!;
    expect(cart.count).toBe(4);
    expect(cart.lines[1]).toMatchObject({
      sku: '',
      variantId: null,
      options: [
        { name: 'Licences', value: '3' },
        { name: 'Gift', value: 'Yes' },
        { name: 'Start', value: '2026-05-01' },
      ],
      // Kept as the store takes them, to put the line in a new cart; a file upload cannot be.
      selectedOptions: {
        numberFields: [{ optionEntityId: 5, number: 3 }],
        checkboxes: [{ optionEntityId: 6, optionValueEntityId: 61 }],
        dateFields: [{ optionEntityId: 7, date: '2026-05-01T00:00:00Z' }],
      },
    });
  });
});

describe('quantityInCart', () => {
  const cart = toCart(
    apiCart([
      apiLine({ entityId: 'a', quantity: 2 }),
      apiLine({ entityId: 'b', quantity: 3, selectedOptions: [] }),
      apiLine({ entityId: 'c', variantEntityId: 1002, quantity: 5 }),
    ]),
  );

  it('adds up the lines of a variant, whatever their modifiers', () => {
    expect(quantityInCart(cart, 101, 1001)).toBe(5);
    expect(quantityInCart(cart, 101, 1002)).toBe(5);
  });

  it('adds up every variant of a product without a variant id, and is 0 without a cart', () => {
    expect(quantityInCart(cart, 101)).toBe(10);
    expect(quantityInCart(cart, 999)).toBe(0);
    expect(quantityInCart(null, 101)).toBe(0);
  });
});

describe('parseCartSnapshot', () => {
  it('reads back a stored cart', () => {
    const cart = toCart(apiCart([apiLine()]));
    expect(parseCartSnapshot(JSON.stringify(cart))).toEqual(cart);
  });

  it('reads a snapshot from before lines kept their choices as lines without choices', () => {
    const cart = toCart(apiCart([apiLine()]))!;
    const old = { ...cart, lines: cart.lines.map(({ selectedOptions: _, ...line }) => line) };
    expect(parseCartSnapshot(JSON.stringify(old))?.lines[0].selectedOptions).toEqual({});
  });

  it('ignores missing, corrupt or foreign values', () => {
    expect(parseCartSnapshot(undefined)).toBeNull();
    expect(parseCartSnapshot('{not json')).toBeNull();
    expect(parseCartSnapshot('"a string"')).toBeNull();
    expect(parseCartSnapshot('{"id":"x"}')).toBeNull();
  });
});
