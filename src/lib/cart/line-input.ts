/**
 * A cart line as the input that puts it in a cart again, and whether two lines hold the same choice.
 * Pure; apart from `model.ts`, which every page loads, as only the cart's changes need these.
 */
import type { CartLineItemInput } from '../bigcommerce/mutations/cart-inputs';
import type { CartLine } from './model';

/** The input that puts this line, as it is, in a cart. */
export function toLineItemInput(line: CartLine): CartLineItemInput {
  const input: CartLineItemInput = { quantity: line.quantity, productEntityId: line.productId };
  if (line.variantId !== null) input.variantEntityId = line.variantId;
  if (Object.keys(line.selectedOptions).length) input.selectedOptions = line.selectedOptions;
  return input;
}

/** Whether two lines (of two carts, say) hold the same product, variant and choices. */
export function isSameChoice(a: CartLine, b: CartLine): boolean {
  return (
    a.productId === b.productId &&
    a.variantId === b.variantId &&
    JSON.stringify(a.selectedOptions) === JSON.stringify(b.selectedOptions)
  );
}
