/** Pure option logic of the add-to-cart island: picks → variant, what can be picked, how many may be added. */
import type { AddToCartProps, PickerOption, VariantChoice } from './add-to-cart-props';

/** The shopper's picks by option id: a value id, a checkbox state, or the text typed in a field. */
export type Choices = Record<number, number | boolean | string | undefined>;

/** The picks a page starts with: the merchant's defaults. */
export function initialChoices(options: readonly PickerOption[]): Choices {
  const choices: Choices = {};
  for (const option of options) {
    if (option.kind === 'choice') choices[option.id] = option.values.find((value) => value.isDefault)?.id;
    else if (option.kind === 'checkbox') choices[option.id] = option.checked;
    else choices[option.id] = option.defaultValue === undefined ? '' : String(option.defaultValue);
  }
  return choices;
}

const variantOptionsOf = (props: AddToCartProps) =>
  props.options.filter((option) => option.kind === 'choice' && option.variant);

/** True when this variant (or product) can be bought now: purchasable with units left. */
export function isBuyable(
  item: Pick<VariantChoice, 'inStock' | 'available'> & { purchasable?: boolean },
): boolean {
  return item.purchasable !== false && item.inStock && (item.available === null || item.available > 0);
}

/** The variant the picks name, once every variant option has a value; the only variant of a simple product. */
export function matchVariant(props: AddToCartProps, choices: Choices): VariantChoice | undefined {
  const picked: number[] = [];
  for (const option of variantOptionsOf(props)) {
    const value = choices[option.id];
    if (typeof value !== 'number') return undefined;
    picked.push(value);
  }
  if (!picked.length) return props.variants.length === 1 ? props.variants[0] : undefined;
  return props.variants.find((variant) => picked.every((id) => variant.valueIds.includes(id)));
}

/**
 * Whether a value can be picked given the other variant options' picks: some buyable variant has it.
 * Modifier values and products without variant data are always pickable.
 */
export function isValueAvailable(
  props: AddToCartProps,
  choices: Choices,
  optionId: number,
  valueId: number,
): boolean {
  const options = variantOptionsOf(props);
  if (!props.variants.length || !options.some((option) => option.id === optionId)) return true;
  const others = options
    .filter((option) => option.id !== optionId)
    .map((option) => choices[option.id])
    .filter((value): value is number => typeof value === 'number');
  return props.variants.some(
    (variant) =>
      isBuyable(variant) &&
      variant.valueIds.includes(valueId) &&
      others.every((id) => variant.valueIds.includes(id)),
  );
}

/** At or below this many units, the stock line says how many are left. */
export const LOW_STOCK = 5;

/** What the picks come to: the variant they name, the item whose price and stock show, and its stock line. */
export function describePicks(props: AddToCartProps, choices: Choices) {
  const variantOptions = variantOptionsOf(props);
  const variant = matchVariant(props, choices);
  const item: Pick<VariantChoice, 'price' | 'basePrice' | 'available'> = variant ?? props;
  const noSuchVariant =
    variantOptions.length > 0 &&
    !variant &&
    variantOptions.every((option) => typeof choices[option.id] === 'number');
  const soldOut =
    props.status === 'Unavailable' ||
    noSuchVariant ||
    (!!(variant || !variantOptions.length) && !isBuyable(variant ?? props));
  const stock = soldOut
    ? props.status === 'Unavailable'
      ? 'Currently unavailable'
      : noSuchVariant
        ? 'This combination is not available'
        : 'Out of stock'
    : props.status === 'Preorder'
      ? 'Available to preorder'
      : item.available !== null && item.available <= LOW_STOCK
        ? `Only ${item.available} left`
        : 'In stock';
  return { variant, item, soldOut, stock };
}
