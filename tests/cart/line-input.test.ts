import { describe, expect, it } from 'vitest';
import { toCart } from '../../src/lib/cart/from-api';
import { isSameChoice, toLineItemInput } from '../../src/lib/cart/line-input';
import { apiCart, apiLine } from './fixtures';

describe('toLineItemInput', () => {
  it('puts a line back as it was: product, variant, choices and quantity', () => {
    const [line] = toCart(apiCart([apiLine({ quantity: 2 })]))!.lines;
    expect(toLineItemInput(line)).toEqual({
      quantity: 2,
      productEntityId: 101,
      variantEntityId: 1001,
      selectedOptions: {
        multipleChoices: [{ optionEntityId: 1, optionValueEntityId: 11 }],
        textFields: [{ optionEntityId: 2, text: 'Hi' }],
      },
    });
  });

  it('leaves out a variant and choices the line does not have', () => {
    const [line] = toCart(apiCart([apiLine({ variantEntityId: null, selectedOptions: [] })]))!.lines;
    expect(toLineItemInput(line)).toEqual({ quantity: 1, productEntityId: 101 });
  });
});

describe('isSameChoice', () => {
  const [line] = toCart(apiCart([apiLine()]))!.lines;

  it('matches a line of another cart with the same product, variant and choices', () => {
    expect(isSameChoice(line, { ...line, id: 'other', quantity: 5 })).toBe(true);
  });

  it('tells apart another variant or other choices', () => {
    expect(isSameChoice(line, { ...line, variantId: 1002 })).toBe(false);
    expect(isSameChoice(line, { ...line, selectedOptions: {} })).toBe(false);
  });
});
