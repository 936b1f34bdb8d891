/** API product options (variant options and modifiers) → the domain's option kinds. */
import { nodesOf, type ApiOption } from '../api-types';
import type { ProductOption } from '../schema';

const base = (option: ApiOption) => ({
  id: option.entityId,
  name: option.displayName,
  required: option.isRequired,
  isVariantOption: option.isVariantOption,
});

const present = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

/** One option in the domain model, or a reason it cannot be offered (date and file options). */
export function normaliseOption(option: ApiOption): ProductOption | { unsupported: string } {
  switch (option.__typename) {
    case 'MultipleChoiceOption':
      return {
        ...base(option),
        kind: 'multiple-choice',
        displayStyle: option.displayStyle ?? 'DropdownList',
        values: nodesOf(option.values ?? null).map((value) => ({
          id: value.entityId,
          label: value.label,
          isDefault: value.isDefault,
          ...(value.hexColors?.length ? { hexColors: value.hexColors } : {}),
        })),
      };
    case 'CheckboxOption':
      return {
        ...base(option),
        kind: 'checkbox',
        label: option.label ?? option.displayName,
        checkedByDefault: option.checkedByDefault ?? false,
        checkedValueId: option.checkedOptionValueEntityId!,
        uncheckedValueId: option.uncheckedOptionValueEntityId!,
      };
    case 'TextFieldOption':
    case 'MultiLineTextFieldOption':
      return {
        ...base(option),
        kind: 'text',
        defaultValue: present(option.defaultText),
        minLength: present(option.minLength),
        maxLength: present(option.maxLength),
      };
    case 'NumberFieldOption':
      return {
        ...base(option),
        kind: 'number',
        defaultValue: present(option.defaultNumber),
        lowest: present(option.lowest),
        highest: present(option.highest),
        integerOnly: option.isIntegerOnly ?? false,
        limitBy: option.limitNumberBy ?? 'NO_LIMIT',
      };
    case 'DateFieldOption':
      return { unsupported: 'date option (not offered by this storefront)' };
    case 'FileUploadOption':
      return { unsupported: 'file-upload option (GraphQL carts cannot take files)' };
    default:
      return { unsupported: `unknown option type ${option.__typename}` };
  }
}
