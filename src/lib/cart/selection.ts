/** Pure option logic of the add-to-cart island: picks → variant, what can be picked, how many may be added. */
import type { Money, Prices } from '../catalog/schema';
import { isBuyable, stockLine, type StockLine } from '../catalog/stock';
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

type ChoiceOption = Extract<PickerOption, { kind: 'choice' }>;

/** The options that pick the variant (the rest are modifiers). */
export const variantOptionsOf = (props: AddToCartProps) =>
  props.options.filter((option): option is ChoiceOption => option.kind === 'choice' && option.variant);

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

const NO_SUCH_VARIANT: StockLine = { state: 'out-of-stock', label: 'This combination is not available' };

/**
 * What the picks come to: the variant they name, the item whose price and stock show, its prices, and its
 * stock line. Until every variant option is picked, the product's own price and stock show.
 */
export function describePicks(props: AddToCartProps, choices: Choices) {
  const variantOptions = variantOptionsOf(props);
  const variant = matchVariant(props, choices);
  const item: Pick<VariantChoice, 'price' | 'basePrice' | 'retailPrice' | 'inStock' | 'available'> &
    Pick<AddToCartProps, 'purchasable'> = variant ?? props;
  const noSuchVariant =
    variantOptions.length > 0 &&
    !variant &&
    variantOptions.every((option) => typeof choices[option.id] === 'number');
  const line = stockLine({
    ...item,
    status: props.status,
    releaseDateText: props.releaseDateText,
    note: props.availabilityNote,
  });
  const stock = noSuchVariant && line.state !== 'unavailable' ? NO_SUCH_VARIANT : line;
  const money = (amount: number): Money => ({ amount, currency: props.currency });
  const { price, basePrice, retailPrice } = item;
  const prices: Prices | null =
    price === null
      ? null
      : {
          price: money(price),
          basePrice: basePrice === undefined ? undefined : money(basePrice),
          retailPrice: retailPrice === undefined ? undefined : money(retailPrice),
        };
  return {
    variant,
    item,
    prices,
    soldOut: stock.state === 'out-of-stock' || stock.state === 'unavailable',
    stock,
  };
}
