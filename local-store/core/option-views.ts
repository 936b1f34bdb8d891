/** `CatalogProductOption` and value objects for products and variants (variant options and modifiers). */
import type { MultipleChoiceRecord, OptionRecord, ProductRecord, VariantRecord } from '../data/types';
import { paginate, type PageArgs } from './connections';

/** Builds the schema object for one option; `onlyValueIds` narrows multiple-choice values (variant view). */
export function catalogOptionView(
  option: OptionRecord,
  selected: ReadonlySet<number>,
  onlyValueIds?: ReadonlySet<number>,
) {
  const base = {
    entityId: option.entityId,
    displayName: option.displayName,
    isRequired: option.isRequired,
  };
  switch (option.kind) {
    case 'MultipleChoice': {
      const values = option.values
        .filter((value) => !onlyValueIds || onlyValueIds.has(value.entityId))
        .map((value) => ({
          __typename: option.displayStyle === 'Swatch' ? 'SwatchOptionValue' : 'MultipleChoiceOptionValue',
          entityId: value.entityId,
          label: value.label,
          isDefault: value.isDefault,
          isSelected: selected.has(value.entityId),
          hexColors: value.hexColors ?? [],
          imageUrl: () => null,
        }));
      return {
        __typename: 'MultipleChoiceOption',
        ...base,
        isVariantOption: option.isVariantOption,
        displayStyle: option.displayStyle,
        values: (args: PageArgs) => paginate(values, args),
      };
    }
    case 'Checkbox':
      return {
        __typename: 'CheckboxOption',
        ...base,
        isVariantOption: false,
        checkedByDefault: option.checkedByDefault,
        label: option.label,
        checkedOptionValueEntityId: option.checkedOptionValueEntityId,
        uncheckedOptionValueEntityId: option.uncheckedOptionValueEntityId,
      };
    case 'TextField':
      return {
        __typename: 'TextFieldOption',
        ...base,
        isVariantOption: false,
        defaultValue: option.defaultValue ?? null,
        minLength: option.minLength ?? null,
        maxLength: option.maxLength ?? null,
      };
    case 'NumberField':
      return {
        __typename: 'NumberFieldOption',
        ...base,
        isVariantOption: false,
        defaultValue: option.defaultValue ?? null,
        lowest: option.lowest ?? null,
        highest: option.highest ?? null,
        isIntegerOnly: option.isIntegerOnly,
        limitNumberBy: option.limitNumberBy,
      };
  }
}

/** The product's variant options, in option order. */
export function variantOptions(product: ProductRecord): MultipleChoiceRecord[] {
  return product.options.filter(
    (option): option is MultipleChoiceRecord => option.kind === 'MultipleChoice' && option.isVariantOption,
  );
}

/** A variant's options, each narrowed to the value the variant has (`Variant.productOptions`). */
export function variantCatalogOptions(product: ProductRecord, variant: VariantRecord) {
  const chosen = new Set(variant.optionValueIds);
  return variantOptions(product).map((option) => catalogOptionView(option, chosen, chosen));
}

/** The deprecated `Variant.options` shape: plain options with the variant's value. */
export function variantLegacyOptions(product: ProductRecord, variant: VariantRecord) {
  const chosen = new Set(variant.optionValueIds);
  return variantOptions(product).map((option) => {
    const values = option.values
      .filter((value) => chosen.has(value.entityId))
      .map((value) => ({ entityId: value.entityId, label: value.label }));
    return {
      entityId: option.entityId,
      displayName: option.displayName,
      isRequired: option.isRequired,
      values: (args: PageArgs) => paginate(values, args),
    };
  });
}

/** The variant whose option values are exactly the chosen values of each variant option, if any. */
export function variantForValues(
  product: ProductRecord,
  valueIds: ReadonlySet<number>,
): VariantRecord | null {
  const options = variantOptions(product);
  if (options.length === 0) return null;
  const wanted: number[] = [];
  for (const option of options) {
    const value = option.values.find((candidate) => valueIds.has(candidate.entityId));
    if (!value) return null;
    wanted.push(value.entityId);
  }
  return (
    product.variants.find(
      (variant) =>
        variant.optionValueIds.length === wanted.length &&
        wanted.every((id) => variant.optionValueIds.includes(id)),
    ) ?? null
  );
}
