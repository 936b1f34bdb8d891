import { describe, expect, it } from 'vitest';
import { toCart } from '../../src/lib/cart/from-api';
import { describeLostLine, parseLostLines, toLostLine } from '../../src/lib/cart/lost-lines';
import { apiCart, apiLine } from './fixtures';

const [line] = toCart(apiCart([apiLine()]))!.lines;
const refused = (message: string) => toLostLine(line, { kind: 'rejected', message }).reason;

describe('toLostLine', () => {
  it('keeps what the shopper knew of the line: name and shown options', () => {
    expect(
      toLostLine(line, { kind: 'stock', message: 'Not enough stock: Speckled Mug is out of stock.' }),
    ).toEqual({
      name: 'Speckled Mug',
      options: [
        { name: 'Colour', value: 'Blue' },
        { name: 'Engraving', value: 'Hi' },
      ],
      reason: 'out-of-stock',
    });
  });

  it('tells a product that is gone from options that no longer fit it', () => {
    expect(refused('Product 987654 was not found')).toBe('gone');
    expect(refused('"Speckled Mug" is not available for purchase')).toBe('gone');
    expect(refused('Variant 9 does not belong to product 101')).toBe('gone');
    expect(refused('Value 11 is not a choice of "Colour"')).toBe('options');
    expect(refused('Missing required option "Engraving" for "Speckled Mug"')).toBe('options');
  });
});

describe('describeLostLine', () => {
  it('names the line, its options and why', () => {
    const lost = toLostLine(line, { kind: 'stock', message: 'Not enough stock' });
    expect(describeLostLine(lost)).toBe('Speckled Mug (Colour: Blue, Engraving: Hi): out of stock');
    expect(describeLostLine({ name: 'Old Vase', options: [], reason: 'gone' })).toBe(
      'Old Vase: no longer sold',
    );
    expect(describeLostLine({ ...lost, reason: 'options' })).toMatch(/: no longer sold with these options$/);
  });
});

describe('parseLostLines', () => {
  it('reads stored lines back and drops anything else', () => {
    const lost = { name: 'Old Vase', options: [], reason: 'gone' };
    expect(parseLostLines(JSON.stringify([lost]))).toEqual([lost]);
    expect(
      parseLostLines(JSON.stringify([lost, { name: 'x', options: [], reason: 'toString' }, null])),
    ).toEqual([lost]);
    expect(parseLostLines('{not json')).toEqual([]);
    expect(parseLostLines('{}')).toEqual([]);
    expect(parseLostLines(undefined)).toEqual([]);
  });
});
