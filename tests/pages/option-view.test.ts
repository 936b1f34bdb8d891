import { describe, expect, it } from 'vitest';
import { describeField } from '../../src/components/product/option-view';
import type { ProductOption } from '../../src/lib/catalog/schema';

describe('describeField', () => {
  const base = { id: 1, name: 'Engraving', required: false, isVariantOption: false };

  it('tells shoppers what a text field takes', () => {
    expect(describeField({ ...base, kind: 'text', maxLength: 20 })).toBe('Your text (up to 20 characters)');
  });

  it('tells shoppers a number field’s limits', () => {
    const number: ProductOption = {
      ...base,
      kind: 'number',
      integerOnly: true,
      limitBy: 'RANGE',
      lowest: 1,
      highest: 10,
    };
    expect(describeField(number)).toBe('A whole number from 1 to 10');
    expect(describeField({ ...number, integerOnly: false, highest: undefined })).toBe(
      'A number of at least 1',
    );
  });
});
