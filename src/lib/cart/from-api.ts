/** From the Storefront API's cart to the cart model: lines, chosen options, prices in minor units. */
import type { CartFields } from '../bigcommerce/fragments/CartFragment';
import type { CartLineItemFields } from '../bigcommerce/fragments/CartLineItemFragment';
import { toMoney } from '../money';
import type { Cart, CartLine } from './model';

function pathOf(url: string): string {
  try {
    return new URL(url, 'https://store.invalid').pathname;
  } catch {
    return '/';
  }
}

function toLine(item: CartLineItemFields): CartLine {
  const options = item.selectedOptions.flatMap((option) => {
    const value =
      'value' in option
        ? option.value
        : 'text' in option
          ? option.text
          : 'number' in option
            ? String(option.number)
            : 'date' in option
              ? option.date.utc.slice(0, 10)
              : undefined;
    return value === undefined ? [] : [{ name: option.name, value }];
  });
  const unitPrice = toMoney(item.salePrice);
  const unitListPrice = toMoney(item.listPrice);
  return {
    id: item.entityId,
    productId: item.productEntityId,
    variantId: item.variantEntityId,
    sku: item.sku ?? '',
    name: item.name,
    path: pathOf(item.url),
    imageUrl: item.imageUrl,
    quantity: item.quantity,
    options,
    unitPrice,
    ...(unitListPrice.amount > unitPrice.amount ? { unitListPrice } : {}),
    total: toMoney(item.extendedSalePrice),
  };
}

/** The cart model of an API cart, or null when the API says there is no cart. */
export function toCart(fields: CartFields | null | undefined): Cart | null {
  if (!fields) return null;
  const items = [...fields.lineItems.physicalItems, ...fields.lineItems.digitalItems];
  const lines = items.map(toLine);
  return {
    id: fields.entityId,
    currency: fields.currencyCode,
    lines,
    count: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotal: toMoney(fields.amount),
  };
}
