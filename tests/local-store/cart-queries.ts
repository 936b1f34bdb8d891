/** GraphQL documents and line inputs shared by the cart tests. */
import type { LocalStore } from '../../local-store/index';
import { ids } from './fixture';
import { gqlOk } from './helpers';

/** The cart fields the tests read. */
export const CART = `entityId currencyCode amount { value currencyCode } baseAmount { value }
  lineItems { totalQuantity physicalItems { entityId productEntityId variantEntityId sku name url imageUrl brand quantity
    listPrice { value } salePrice { value } originalPrice { value } extendedListPrice { value } extendedSalePrice { value }
    selectedOptions { __typename entityId name
      ... on CartSelectedMultipleChoiceOption { value valueEntityId }
      ... on CartSelectedCheckboxOption { value valueEntityId }
      ... on CartSelectedTextFieldOption { text }
      ... on CartSelectedNumberFieldOption { number } } } }`;

export const CREATE = `mutation($input: CreateCartInput!) { cart { createCart(input: $input) { cart { ${CART} } } } }`;
export const ADD = `mutation($input: AddCartLineItemsInput!) { cart { addCartLineItems(input: $input) { cart { ${CART} } } } }`;
export const UPDATE = `mutation($input: UpdateCartLineItemInput!) { cart { updateCartLineItem(input: $input) { cart { ${CART} } } } }`;
export const DELETE_LINE = `mutation($input: DeleteCartLineItemInput!) { cart { deleteCartLineItem(input: $input) {
  deletedLineItemEntityId deletedCartEntityId cart { entityId } } } }`;
export const READ = `query($id: String) { site { cart(entityId: $id) { ${CART} } } }`;

/** A terrarium line choosing a size and glass value. */
export const terrariumLine = (
  quantity: number,
  size = 1011,
  glass = 1021,
  extra: Record<string, unknown> = {},
) => ({
  quantity,
  productEntityId: ids.terrarium,
  selectedOptions: {
    multipleChoices: [
      { optionEntityId: 101, optionValueEntityId: size },
      { optionEntityId: 102, optionValueEntityId: glass },
    ],
    ...extra,
  },
});

/** A new cart holding `lineItems`, in `currencyCode` when given; the test fails on any error. */
export async function createCart(store: LocalStore, lineItems: unknown[], currencyCode?: string) {
  return (await gqlOk(store, CREATE, { input: { lineItems, currencyCode } })).cart.createCart.cart;
}
