/** Turns a `CartLineItemInput` into a validated line: product, variant and chosen options (with modifier prices). */
import { GraphQLError } from 'graphql';
import type { OptionRecord, ProductRecord, VariantRecord } from '../data/types';
import type { Catalog } from './catalog';
import { variantForValues, variantOptions } from './option-views';

/** One chosen option on a cart line, as the cart reports it back. */
export type SelectedOption =
  | {
      kind: 'multipleChoice';
      optionId: number;
      name: string;
      valueId: number;
      value: string;
      adjustment: number;
    }
  | { kind: 'checkbox'; optionId: number; name: string; valueId: number; value: string }
  | { kind: 'text'; optionId: number; name: string; text: string }
  | { kind: 'number'; optionId: number; name: string; number: number };

/** BigCommerce's `CartLineItemInput`. */
export interface LineItemInput {
  quantity: number;
  productEntityId: number;
  variantEntityId?: number | null;
  selectedOptions?: {
    checkboxes?: { optionEntityId: number; optionValueEntityId: number }[] | null;
    dateFields?: { optionEntityId: number }[] | null;
    multiLineTextFields?: { optionEntityId: number }[] | null;
    multipleChoices?: { optionEntityId: number; optionValueEntityId: number }[] | null;
    numberFields?: { optionEntityId: number; number: number }[] | null;
    textFields?: { optionEntityId: number; text: string }[] | null;
  } | null;
}

/** A validated line, before quantity and id. */
export interface ResolvedLine {
  product: ProductRecord;
  variant: VariantRecord | null;
  options: SelectedOption[];
  /** Lines with equal keys are merged. */
  key: string;
}

const fail = (message: string): never => {
  throw new GraphQLError(message);
};

function chooseVariant(product: ProductRecord, input: LineItemInput, choices: Map<number, number>) {
  const options = variantOptions(product);
  if (options.length === 0) {
    if (input.variantEntityId === null || input.variantEntityId === undefined) {
      return product.variants.length === 1 ? product.variants[0] : null;
    }
    return (
      product.variants.find((v) => v.entityId === input.variantEntityId) ??
      fail(`Variant ${input.variantEntityId} does not belong to product ${product.entityId}`)
    );
  }
  let variant: VariantRecord;
  if (input.variantEntityId !== null && input.variantEntityId !== undefined) {
    variant =
      product.variants.find((v) => v.entityId === input.variantEntityId) ??
      fail(`Variant ${input.variantEntityId} does not belong to product ${product.entityId}`);
    for (const option of options) {
      const chosen = choices.get(option.entityId);
      if (chosen !== undefined && !variant.optionValueIds.includes(chosen)) {
        fail(`The value chosen for "${option.displayName}" does not match variant ${variant.entityId}`);
      }
    }
  } else {
    for (const option of options) {
      if (!choices.has(option.entityId))
        fail(`Missing required option "${option.displayName}" for "${product.name}"`);
    }
    variant =
      variantForValues(product, new Set(choices.values())) ??
      fail(`"${product.name}" is not sold in the chosen combination of options`);
  }
  if (!variant.isPurchasable) fail(`"${product.name}" (${variant.sku}) is not available for purchase`);
  return variant;
}

function modifierChoice(
  option: OptionRecord,
  product: ProductRecord,
  input: LineItemInput,
  choices: Map<number, number>,
) {
  const picked = input.selectedOptions;
  const absent = (): null => {
    if (option.isRequired) fail(`Missing required option "${option.displayName}" for "${product.name}"`);
    return null;
  };
  const base = { optionId: option.entityId, name: option.displayName };
  switch (option.kind) {
    case 'MultipleChoice': {
      const valueId = choices.get(option.entityId);
      if (valueId === undefined) return absent();
      const value =
        option.values.find((v) => v.entityId === valueId) ??
        fail(`Value ${valueId} is not a choice of "${option.displayName}"`);
      const adjustment = option.priceAdjustments?.[valueId] ?? 0;
      return { kind: 'multipleChoice' as const, ...base, valueId, value: value.label, adjustment };
    }
    case 'Checkbox': {
      const given = picked?.checkboxes?.find((c) => c.optionEntityId === option.entityId);
      const valueId = given?.optionValueEntityId;
      if (
        valueId !== undefined &&
        ![option.checkedOptionValueEntityId, option.uncheckedOptionValueEntityId].includes(valueId)
      ) {
        fail(`Value ${valueId} is not a choice of "${option.displayName}"`);
      }
      const checked = valueId === option.checkedOptionValueEntityId;
      // A required checkbox must be ticked, as on BigCommerce's own product pages.
      if (!checked && option.isRequired) return absent();
      if (valueId === undefined) return null;
      return { kind: 'checkbox' as const, ...base, valueId, value: checked ? 'Yes' : 'No' };
    }
    case 'TextField': {
      const text = picked?.textFields?.find((t) => t.optionEntityId === option.entityId)?.text ?? '';
      if (!text) return absent();
      if (option.minLength !== undefined && text.length < option.minLength) {
        fail(`"${option.displayName}" needs at least ${option.minLength} characters`);
      }
      if (option.maxLength !== undefined && text.length > option.maxLength) {
        fail(`"${option.displayName}" takes at most ${option.maxLength} characters`);
      }
      return { kind: 'text' as const, ...base, text };
    }
    case 'NumberField': {
      const number = picked?.numberFields?.find((n) => n.optionEntityId === option.entityId)?.number;
      if (number === undefined) return absent();
      if (option.isIntegerOnly && !Number.isInteger(number))
        fail(`"${option.displayName}" must be a whole number`);
      const low =
        option.limitNumberBy === 'LOWEST_VALUE' || option.limitNumberBy === 'RANGE'
          ? option.lowest
          : undefined;
      const high =
        option.limitNumberBy === 'HIGHEST_VALUE' || option.limitNumberBy === 'RANGE'
          ? option.highest
          : undefined;
      if ((low !== undefined && number < low) || (high !== undefined && number > high)) {
        fail(`"${option.displayName}" must be between ${low ?? '-∞'} and ${high ?? '∞'}`);
      }
      return { kind: 'number' as const, ...base, number };
    }
  }
}

/** Validates one line input against the catalog; throws a GraphQL error a shopper could act on. */
export function resolveLine(catalog: Catalog, input: LineItemInput): ResolvedLine {
  const product =
    catalog.productById.get(input.productEntityId) ?? fail(`Product ${input.productEntityId} was not found`);
  if (!Number.isInteger(input.quantity) || input.quantity < 1)
    fail('Quantity must be a whole number of at least 1');
  if (product.availability === 'Unavailable') fail(`"${product.name}" is not available for purchase`);
  if (product.price === null) fail(`"${product.name}" has no price and cannot be added to the cart`);
  const picked = input.selectedOptions;
  const optionIds = new Set(product.options.map((option) => option.entityId));
  const given = [
    ...(picked?.multipleChoices ?? []),
    ...(picked?.checkboxes ?? []),
    ...(picked?.textFields ?? []),
    ...(picked?.numberFields ?? []),
    ...(picked?.dateFields ?? []),
    ...(picked?.multiLineTextFields ?? []),
  ];
  for (const choice of given) {
    if (!optionIds.has(choice.optionEntityId))
      fail(`Option ${choice.optionEntityId} does not exist on "${product.name}"`);
  }
  const choices = new Map(
    (picked?.multipleChoices ?? []).map((c) => [c.optionEntityId, c.optionValueEntityId]),
  );
  const variant = chooseVariant(product, input, choices);
  const options: SelectedOption[] = variantOptions(product).flatMap((option) => {
    const value = option.values.find((v) => variant?.optionValueIds.includes(v.entityId));
    if (!value) return [];
    const base = {
      optionId: option.entityId,
      name: option.displayName,
      valueId: value.entityId,
      value: value.label,
    };
    return [{ kind: 'multipleChoice' as const, ...base, adjustment: 0 }];
  });
  for (const option of product.options) {
    if (option.kind === 'MultipleChoice' && option.isVariantOption) continue;
    const choice = modifierChoice(option, product, input, choices);
    if (choice) options.push(choice);
  }
  const key = JSON.stringify([product.entityId, variant?.entityId ?? null, options]);
  return { product, variant, options, key };
}
