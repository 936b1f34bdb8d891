/**
 * The add-to-cart island's picks: what stops them being added (a missing or invalid option, a quantity
 * over the stock), and the cart line they make. Pure; the island loads it with the cart actions.
 */
import type { CartLineItemInput, CartSelectedOptionsInput } from '../bigcommerce/mutations/cart-inputs';
import type { AddToCartProps, PickerOption, VariantChoice } from './add-to-cart-props';
import type { Choices } from './selection';

/** The problem with each pick that stops adding to the cart, by option id. */
export function fieldErrors(options: readonly PickerOption[], choices: Choices): Record<number, string> {
  const errors: Record<number, string> = {};
  for (const option of options) {
    const value = choices[option.id];
    if (option.kind === 'choice') {
      if (option.required && typeof value !== 'number')
        errors[option.id] = `Choose a ${option.name.toLowerCase()}.`;
    } else if (option.kind === 'checkbox') {
      if (option.required && value !== true) errors[option.id] = `Tick "${option.label}" to continue.`;
    } else {
      const text = typeof value === 'string' ? value.trim() : '';
      if (!text) {
        if (option.required) errors[option.id] = `Enter ${option.name.toLowerCase()}.`;
      } else if (option.kind === 'text') {
        if (option.minLength && text.length < option.minLength) {
          errors[option.id] = `Use at least ${option.minLength} characters.`;
        } else if (option.maxLength && text.length > option.maxLength) {
          errors[option.id] = `Use at most ${option.maxLength} characters.`;
        }
      } else {
        const number = Number(text);
        if (!Number.isFinite(number)) errors[option.id] = 'Enter a number.';
        else if (option.integer && !Number.isInteger(number)) errors[option.id] = 'Enter a whole number.';
        else if (option.min !== undefined && number < option.min)
          errors[option.id] = `Enter ${option.min} or more.`;
        else if (option.max !== undefined && number > option.max)
          errors[option.id] = `Enter ${option.max} or less.`;
      }
    }
  }
  return errors;
}

/** What stops these picks and this quantity (as typed) from being added: messages by option id, and for the quantity. */
export function checkPicks(
  props: AddToCartProps,
  choices: Choices,
  quantity: string,
  addable: number | null,
): { errors: Record<number, string>; quantityError: string } {
  const units = Number(quantity);
  const quantityError = !(Number.isInteger(units) && units >= props.minQuantity)
    ? `Enter a whole number, at least ${props.minQuantity}.`
    : addable !== null && units > addable
      ? addable > 0
        ? `Only ${addable} more can be added.`
        : 'Your cart already holds all there is.'
      : '';
  return { errors: fieldErrors(props.options, choices), quantityError };
}

/** The cart line for these picks: the variant by id, modifiers as selected options. */
export function toLineInput(
  props: AddToCartProps,
  choices: Choices,
  variant: VariantChoice | undefined,
  quantity: number,
): CartLineItemInput {
  const selected: Required<
    Pick<CartSelectedOptionsInput, 'multipleChoices' | 'checkboxes' | 'textFields' | 'numberFields'>
  > = { multipleChoices: [], checkboxes: [], textFields: [], numberFields: [] };
  for (const option of props.options) {
    const value = choices[option.id];
    const optionEntityId = option.id;
    if (option.kind === 'choice') {
      if (!option.variant && typeof value === 'number')
        selected.multipleChoices.push({ optionEntityId, optionValueEntityId: value });
    } else if (option.kind === 'checkbox') {
      // An unticked box is left out, as BigCommerce's own product form does: the cart then shows nothing for it.
      if (value === true) selected.checkboxes.push({ optionEntityId, optionValueEntityId: option.checkedId });
    } else if (typeof value === 'string' && value.trim()) {
      if (option.kind === 'text') selected.textFields.push({ optionEntityId, text: value.trim() });
      else selected.numberFields.push({ optionEntityId, number: Number(value) });
    }
  }
  const selectedOptions = Object.fromEntries(Object.entries(selected).filter(([, list]) => list.length));
  return {
    quantity,
    productEntityId: props.productId,
    ...(variant ? { variantEntityId: variant.id } : {}),
    ...(Object.keys(selectedOptions).length ? { selectedOptions } : {}),
  };
}

/** The most units that may still be added, given stock, the merchant's maximum and what is in the cart. */
export function addableQuantity(
  props: AddToCartProps,
  variant: VariantChoice | undefined,
  inCart: number,
): number | null {
  const stock = (variant ?? props).available;
  const limits = [stock, props.maxQuantity].filter((limit): limit is number => limit !== null);
  return limits.length ? Math.max(0, Math.min(...limits) - inCart) : null;
}

/** What the shopper reads once their picks are in the cart. */
export const addedMessage = (props: AddToCartProps, quantity: string) =>
  `Added ${quantity} × ${props.name} to your cart.`;
