/** The cart as the islands show it (lines and totals in minor units), and small pure functions over it. */
import type { CartSelectedOptionsInput } from '../bigcommerce/mutations/cart-inputs';
import type { Money } from '../catalog/schema';

/** One line of the cart. */
export interface CartLine {
  id: string;
  productId: number;
  variantId: number | null;
  sku: string;
  name: string;
  /** Path of the product page on this site, e.g. `/orbit-terrarium/`. */
  path: string;
  imageUrl: string | null;
  quantity: number;
  /** Chosen options, ready to show: `Colour: Red`. */
  options: { name: string; value: string }[];
  /** The same choices as the store takes them, so the line can be put in a new cart. */
  selectedOptions: CartSelectedOptionsInput;
  unitPrice: Money;
  /** Unit price before a sale, only when higher than `unitPrice`. */
  unitListPrice?: Money;
  total: Money;
}

/** A cart: its id, currency, lines and totals. */
export interface Cart {
  id: string;
  currency: string;
  lines: CartLine[];
  /** Units across all lines. */
  count: number;
  /** What the lines cost after discounts, before shipping and tax. */
  subtotal: Money;
}

/** Units of this product and variant already in the cart, across lines with any modifiers. */
export function quantityInCart(cart: Cart | null, productId: number, variantId?: number): number {
  return (cart?.lines ?? [])
    .filter(
      (line) => line.productId === productId && (variantId === undefined || line.variantId === variantId),
    )
    .reduce((sum, line) => sum + line.quantity, 0);
}

/** Reads a stored cart snapshot back, or null when it is missing or not a cart. */
export function parseCartSnapshot(text: string | undefined | null): Cart | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Cart;
    if (!value || typeof value.id !== 'string' || !Array.isArray(value.lines)) return null;
    // A snapshot from before lines kept their choices: they are put back with their variant alone.
    for (const line of value.lines) line.selectedOptions ??= {};
    return value;
  } catch {
    return null;
  }
}
