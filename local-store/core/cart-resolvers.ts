/** `Cart` fields: line items priced live in the cart's currency. */
import type { SelectedOption } from './cart-lines';
import { priceCart, type PricedLine } from './cart-pricing';
import type { CartRecord } from './cart-store';
import { encodeNodeId, type ApiContext } from './context';
import { urlTemplateOf } from './images';
import type { Money } from './prices';

/** A cart as the schema sees it. */
export interface CartView {
  __typename: 'Cart';
  cart: CartRecord;
}

/** Wraps a stored cart for the schema (or passes `null` through). */
export const cartView = (cart: CartRecord | null): CartView | null =>
  cart ? { __typename: 'Cart', cart } : null;

function selectedOptionView(option: SelectedOption) {
  const base = { entityId: option.optionId, name: option.name };
  switch (option.kind) {
    case 'multipleChoice':
      return {
        __typename: 'CartSelectedMultipleChoiceOption',
        ...base,
        value: option.value,
        valueEntityId: option.valueId,
      };
    case 'checkbox':
      return {
        __typename: 'CartSelectedCheckboxOption',
        ...base,
        value: option.value,
        valueEntityId: option.valueId,
      };
    case 'text':
      return { __typename: 'CartSelectedTextFieldOption', ...base, text: option.text };
    case 'number':
      return { __typename: 'CartSelectedNumberFieldOption', ...base, number: option.number };
  }
}

function lineItemView(ctx: ApiContext, priced: PricedLine, money: (value: number) => Money) {
  const { line } = priced;
  const product = line.product;
  const image =
    (line.variant?.imageId !== undefined &&
      product.images.find((i) => i.entityId === line.variant?.imageId)) ||
    product.images.find((i) => i.isDefault) ||
    product.images[0];
  const brand = product.brandId === null ? undefined : ctx.catalog.brandById.get(product.brandId);
  return {
    entityId: line.entityId,
    parentEntityId: null,
    productEntityId: product.entityId,
    variantEntityId: line.variant?.entityId ?? null,
    sku: priced.sku,
    name: product.name,
    url: `${ctx.origin}${product.path}`,
    imageUrl: image
      ? urlTemplateOf(ctx.origin, 'products', product.entityId, image).replace('{:size}', '500x500')
      : null,
    brand: brand?.name ?? null,
    quantity: line.quantity,
    isTaxable: true,
    discounts: [],
    discountedAmount: money(0),
    couponAmount: money(0),
    listPrice: money(priced.unitPrice),
    originalPrice: money(priced.unitOriginalPrice),
    salePrice: money(priced.unitPrice),
    extendedListPrice: money(priced.extendedPrice),
    extendedSalePrice: money(priced.extendedPrice),
    isShippingRequired: true,
    selectedOptions: line.options.map(selectedOptionView),
  };
}

/** `Cart` resolvers; the source is a `CartView`. */
export const cartResolvers = {
  id: (c: CartView) => encodeNodeId('Cart', c.cart.entityId),
  entityId: (c: CartView) => c.cart.entityId,
  currencyCode: (c: CartView) => c.cart.currencyCode,
  isTaxIncluded: () => false,
  baseAmount: (c: CartView, _args: unknown, ctx: ApiContext) => {
    const priced = priceCart(ctx.catalog, c.cart);
    return { value: priced.amount, currencyCode: priced.currency.code };
  },
  discountedAmount: (c: CartView) => ({ value: 0, currencyCode: c.cart.currencyCode }),
  amount: (c: CartView, _args: unknown, ctx: ApiContext) => {
    const priced = priceCart(ctx.catalog, c.cart);
    return { value: priced.amount, currencyCode: priced.currency.code };
  },
  discounts: () => [],
  lineItems: (c: CartView, _args: unknown, ctx: ApiContext) => {
    const priced = priceCart(ctx.catalog, c.cart);
    const money = (value: number): Money => ({ value, currencyCode: priced.currency.code });
    return {
      physicalItems: priced.lines.map((line) => lineItemView(ctx, line, money)),
      digitalItems: [],
      giftCertificates: [],
      customItems: [],
      totalQuantity: priced.totalQuantity,
    };
  },
  createdAt: (c: CartView) => ({ utc: c.cart.createdAt }),
  updatedAt: (c: CartView) => ({ utc: c.cart.updatedAt }),
  locale: (c: CartView) => c.cart.locale,
};
