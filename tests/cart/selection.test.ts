import { describe, expect, it } from 'vitest';
import {
  addableQuantity,
  addedMessage,
  checkPicks,
  fieldErrors,
  toLineInput,
} from '../../src/lib/cart/picks';
import {
  describePicks,
  initialChoices,
  isValueAvailable,
  matchVariant,
  type Choices,
} from '../../src/lib/cart/selection';
import { shirtProps } from './fixtures';

const props = shirtProps();

describe('initialChoices', () => {
  it('starts from the merchant’s defaults', () => {
    expect(initialChoices(props.options)).toEqual({ 100: 1, 200: undefined, 300: false, 400: '', 500: '' });
  });
});

describe('matchVariant', () => {
  it('finds the variant once every variant option has a value, in any order', () => {
    expect(matchVariant(props, { 100: 2, 200: 3 })?.id).toBe(71);
    expect(matchVariant(props, { 200: 3, 100: 1 })?.id).toBe(70);
  });

  it('has none while a variant option is unpicked, or for a combination not sold', () => {
    expect(matchVariant(props, { 100: 1 })).toBeUndefined();
    expect(matchVariant(props, { 100: 1, 200: 4 })).toBeUndefined();
  });

  it('is the only variant of a product without variant options', () => {
    const simple = shirtProps({ options: [], variants: [props.variants[0]] });
    expect(matchVariant(simple, {})?.id).toBe(70);
  });
});

describe('isValueAvailable', () => {
  it('marks a value no buyable variant has, given the other picks', () => {
    const blue: Choices = { 100: 2 };
    expect(isValueAvailable(props, blue, 200, 3)).toBe(true);
    expect(isValueAvailable(props, blue, 200, 4)).toBe(false); // Blue/L is sold out
    expect(isValueAvailable(props, { 100: 1 }, 200, 4)).toBe(false); // Red/L does not exist
  });

  it('judges a value against the other options only, so a pick can always be changed', () => {
    const picked: Choices = { 100: 1, 200: 3 };
    expect(isValueAvailable(props, picked, 100, 2)).toBe(true);
    expect(isValueAvailable(props, {}, 200, 4)).toBe(false);
  });

  it('never marks modifier values', () => {
    expect(isValueAvailable(props, { 100: 2 }, 300, 31)).toBe(true);
  });
});

describe('addableQuantity', () => {
  it('is what is left after the cart’s units, within the merchant’s maximum', () => {
    expect(addableQuantity(props, props.variants[1], 0)).toBe(2);
    expect(addableQuantity(props, props.variants[1], 2)).toBe(0);
    expect(addableQuantity(shirtProps({ maxQuantity: 3 }), props.variants[0], 1)).toBe(2);
  });

  it('has no limit when stock is not tracked and there is no maximum', () => {
    expect(addableQuantity(props, { ...props.variants[0], available: null }, 5)).toBeNull();
  });
});

describe('addedMessage', () => {
  it('confirms what went into the cart', () => {
    expect(addedMessage(props, '2')).toBe('Added 2 × Shirt to your cart.');
  });
});

describe('fieldErrors', () => {
  it('asks for required picks at each field', () => {
    expect(fieldErrors(props.options, initialChoices(props.options))).toEqual({
      200: 'Choose a size.',
      500: 'Enter patches.',
    });
  });

  it('checks text length and number range and kind', () => {
    const base: Choices = { 100: 1, 200: 3, 300: false };
    expect(fieldErrors(props.options, { ...base, 400: 'x', 500: '2' })).toEqual({
      400: 'Use at least 2 characters.',
    });
    expect(fieldErrors(props.options, { ...base, 400: 'hello', 500: '9' })).toEqual({
      500: 'Enter 5 or less.',
    });
    expect(fieldErrors(props.options, { ...base, 500: '1.5' })).toEqual({ 500: 'Enter a whole number.' });
    expect(fieldErrors(props.options, { ...base, 500: 'two' })).toEqual({ 500: 'Enter a number.' });
  });

  it('wants a required checkbox ticked', () => {
    const options = [{ ...props.options[2], required: true }];
    expect(fieldErrors(options, { 300: false })).toEqual({ 300: 'Tick "Gift wrap it" to continue.' });
  });
});

describe('checkPicks', () => {
  const complete: Choices = { 100: 2, 200: 3, 300: false, 400: '', 500: '0' };

  it('accepts a whole quantity within what may be added', () => {
    expect(checkPicks(props, complete, '2', 2)).toEqual({ errors: {}, quantityError: '' });
  });

  it('rejects a quantity below the minimum, not whole, or above what is left', () => {
    expect(checkPicks(props, complete, '0', 2).quantityError).toBe('Enter a whole number, at least 1.');
    expect(checkPicks(props, complete, '1.5', 2).quantityError).toBe('Enter a whole number, at least 1.');
    expect(checkPicks(props, complete, '3', 2).quantityError).toBe('Only 2 more can be added.');
    expect(checkPicks(props, complete, '1', 0).quantityError).toBe('Your cart already holds all there is.');
  });
});

describe('toLineInput', () => {
  it('sends the variant by id and modifiers as selected options', () => {
    const choices: Choices = { 100: 2, 200: 3, 300: true, 400: ' Ada ', 500: '4' };
    expect(toLineInput(props, choices, props.variants[1], 2)).toEqual({
      quantity: 2,
      productEntityId: 7,
      variantEntityId: 71,
      selectedOptions: {
        checkboxes: [{ optionEntityId: 300, optionValueEntityId: 31 }],
        textFields: [{ optionEntityId: 400, text: 'Ada' }],
        numberFields: [{ optionEntityId: 500, number: 4 }],
      },
    });
  });

  it('leaves out an unticked checkbox and empty fields', () => {
    const input = toLineInput(props, { 100: 1, 200: 3, 300: false, 400: '', 500: '' }, props.variants[0], 1);
    expect(input).toEqual({ quantity: 1, productEntityId: 7, variantEntityId: 70 });
  });

  it('sends non-variant multiple-choice picks, and no variant id for a product without variants', () => {
    const props = shirtProps({
      options: [
        {
          kind: 'choice',
          id: 600,
          name: 'Box',
          required: false,
          variant: false,
          style: 'select',
          values: [{ id: 61, label: 'Gift box', isDefault: false }],
        },
      ],
      variants: [],
    });
    expect(toLineInput(props, { 600: 61 }, undefined, 1)).toEqual({
      quantity: 1,
      productEntityId: 7,
      selectedOptions: { multipleChoices: [{ optionEntityId: 600, optionValueEntityId: 61 }] },
    });
  });
});

describe('describePicks', () => {
  it('shows the chosen variant’s price and stock, naming low stock', () => {
    expect(describePicks(props, { 100: 1, 200: 3 })).toMatchObject({
      variant: { id: 70 },
      soldOut: false,
      stock: { label: 'In stock' },
    });
    expect(describePicks(props, { 100: 2, 200: 3 })).toMatchObject({
      item: { price: 2500 },
      stock: { label: 'Only 2 left' },
    });
  });

  it('says when the picks name a sold-out variant or none at all', () => {
    expect(describePicks(props, { 100: 2, 200: 4 })).toMatchObject({
      soldOut: true,
      stock: { label: 'Out of stock' },
    });
    expect(describePicks(props, { 100: 1, 200: 4 })).toMatchObject({
      soldOut: true,
      stock: { label: 'This combination is not available' },
    });
  });

  it('shows the product until every variant option is picked, without calling it sold out', () => {
    expect(describePicks(props, { 100: 1 })).toMatchObject({
      variant: undefined,
      item: props,
      soldOut: false,
    });
  });

  it('follows the product’s availability', () => {
    const picks = { 100: 1, 200: 3 };
    expect(describePicks(shirtProps({ status: 'Unavailable' }), picks)).toMatchObject({
      soldOut: true,
      stock: { label: 'Currently unavailable' },
    });
    expect(describePicks(shirtProps({ status: 'Preorder' }), picks)).toMatchObject({
      soldOut: false,
      stock: { label: 'Available to preorder' },
    });
  });

  it('judges a product without variants by its own stock', () => {
    const simple = shirtProps({ options: [], variants: [], available: 0 });
    expect(describePicks(simple, {})).toMatchObject({ soldOut: true, stock: { label: 'Out of stock' } });
  });

  it('calls the product sold out before every option is picked once no variant is left', () => {
    const soldOut = shirtProps({ inStock: false, available: 0 });
    expect(describePicks(soldOut, { 100: 1 })).toMatchObject({
      variant: undefined,
      soldOut: true,
      stock: { state: 'out-of-stock', label: 'Out of stock' },
    });
  });

  it('words the stock line as the static page does, with the release date and the merchant’s note', () => {
    const preorder = shirtProps({
      status: 'Preorder',
      releaseDateText: 'March 15, 2027',
      availabilityNote: 'Second batch',
    });
    expect(describePicks(preorder, { 100: 1, 200: 3 }).stock).toEqual({
      state: 'preorder',
      label: 'Available to preorder: expected March 15, 2027',
      note: 'Second batch',
    });
  });

  it('gives the item’s prices in the props’ currency, with the price before a sale and the MSRP', () => {
    const onSale = shirtProps({ price: 2000, basePrice: 2500, retailPrice: 3000, options: [], variants: [] });
    expect(describePicks(onSale, {}).prices).toEqual({
      price: { amount: 2000, currency: 'USD' },
      basePrice: { amount: 2500, currency: 'USD' },
      retailPrice: { amount: 3000, currency: 'USD' },
    });
    expect(describePicks(shirtProps({ price: null, options: [], variants: [] }), {}).prices).toBeNull();
  });
});
