import { describe, expect, it } from 'vitest';
import type { ApiOption } from '../../src/lib/catalog/api-types';
import { normaliseOption } from '../../src/lib/catalog/normalise/options';
import { colourOption } from './fixtures';

const common = { entityId: 5, displayName: 'Engraving', isRequired: false, isVariantOption: false };

describe('normaliseOption', () => {
  it('reads a multiple-choice option with swatch colours', () => {
    expect(normaliseOption(colourOption)).toEqual({
      id: 10,
      name: 'Colour',
      required: true,
      isVariantOption: true,
      kind: 'multiple-choice',
      displayStyle: 'Swatch',
      values: [
        { id: 101, label: 'Moss', isDefault: true, hexColors: ['#4a6b3a'] },
        { id: 102, label: 'Clay', isDefault: false, hexColors: ['#b5651d'] },
      ],
    });
  });

  it('reads a checkbox with its checked and unchecked value ids', () => {
    const option: ApiOption = {
      ...common,
      __typename: 'CheckboxOption',
      label: 'Gift wrap',
      checkedByDefault: false,
      checkedOptionValueEntityId: 51,
      uncheckedOptionValueEntityId: 52,
    };
    expect(normaliseOption(option)).toMatchObject({
      kind: 'checkbox',
      label: 'Gift wrap',
      checkedByDefault: false,
      checkedValueId: 51,
      uncheckedValueId: 52,
    });
  });

  it('reads single- and multi-line text fields, leaving out unset limits', () => {
    const text: ApiOption = {
      ...common,
      __typename: 'TextFieldOption',
      defaultText: null,
      minLength: 1,
      maxLength: null,
    };
    expect(normaliseOption(text)).toEqual({
      id: 5,
      name: 'Engraving',
      required: false,
      isVariantOption: false,
      kind: 'text',
      defaultValue: undefined,
      minLength: 1,
      maxLength: undefined,
    });
    expect(
      normaliseOption({ ...text, __typename: 'MultiLineTextFieldOption', defaultText: 'Hi' }),
    ).toMatchObject({
      kind: 'text',
      defaultValue: 'Hi',
    });
  });

  it('reads a number field with its limits', () => {
    const option: ApiOption = {
      ...common,
      __typename: 'NumberFieldOption',
      defaultNumber: 2,
      lowest: 1,
      highest: 10,
      isIntegerOnly: true,
      limitNumberBy: 'RANGE',
    };
    expect(normaliseOption(option)).toMatchObject({
      kind: 'number',
      defaultValue: 2,
      lowest: 1,
      highest: 10,
      integerOnly: true,
      limitBy: 'RANGE',
    });
  });

  it('reports date and file-upload options as unsupported instead of rendering them wrongly', () => {
    expect(normaliseOption({ ...common, __typename: 'DateFieldOption' })).toEqual({
      unsupported: expect.stringMatching(/date option/),
    });
    expect(normaliseOption({ ...common, __typename: 'FileUploadOption' })).toEqual({
      unsupported: expect.stringMatching(/file-upload/),
    });
  });
});
