/** The cart as the islands show it (lines and totals in minor units), and small pure functions over it. */
import type { MoneyFields } from '../bigcommerce/fragments/MoneyFragment';
import { minorUnitDigits } from '../money';

/** An amount in integer minor units, as in the catalog model. */
export interface CartMoney {
  amount: number;
  currency: string;
}

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
  unitPrice: CartMoney;
  /** Unit price before a sale, only when higher than `unitPrice`. */
  unitListPrice?: CartMoney;
  total: CartMoney;
}

/** A cart: its id, currency, lines and totals. */
export interface Cart {
  id: string;
  currency: string;
  lines: CartLine[];
  /** Units across all lines. */
  count: number;
  /** What the lines cost after discounts, before shipping and tax. */
  subtotal: CartMoney;
}

/** A BigCommerce decimal amount in minor units of its currency (19.99 USD → 1999). */
export function toCartMoney(money: MoneyFields): CartMoney {
  const scaled = Number(money.value) * 10 ** minorUnitDigits(money.currencyCode);
  // toPrecision drops float noise first, so 1.005 becomes 100.5 (then 101), not 100.49999….
  return { amount: Math.round(Number(scaled.toPrecision(12))), currency: money.currencyCode };
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
    return value && typeof value.id === 'string' && Array.isArray(value.lines) ? value : null;
  } catch {
    return null;
  }
}
