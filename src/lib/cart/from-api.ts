/** From the Storefront API's cart to the cart model: lines, chosen options, prices in minor units. */
import type { CartFields } from '../bigcommerce/fragments/CartFragment';
import type { CartLineItemFields } from '../bigcommerce/fragments/CartLineItemFragment';
import type { CartSelectedOptionFields } from '../bigcommerce/fragments/CartSelectedOptionFragment';
import type { CartSelectedOptionsInput } from '../bigcommerce/mutations/cart-inputs';
import { toMoney } from '../money';
import type { Cart, CartLine } from './model';

function pathOf(url: string): string {
  try {
    return new URL(url, 'https://store.invalid').pathname;
  } catch {
    return '/';
  }
}

/** How an option is shown on the line, or undefined for one the cart cannot show (a file upload). */
function shownValue(option: CartSelectedOptionFields): string | undefined {
  if ('value' in option) return option.value;
  if ('text' in option) return option.text;
  if ('number' in option) return String(option.number);
  if ('date' in option) return option.date.utc.slice(0, 10);
  return undefined;
}

/** The line's choices in the shape `createCart` takes them. */
function toSelectedOptions(options: CartSelectedOptionFields[]): CartSelectedOptionsInput {
  const input: Required<CartSelectedOptionsInput> = {
    multipleChoices: [],
    checkboxes: [],
    textFields: [],
    multiLineTextFields: [],
    numberFields: [],
    dateFields: [],
  };
  for (const option of options) {
    const optionEntityId = option.entityId;
    if (option.__typename === 'CartSelectedMultipleChoiceOption')
      input.multipleChoices.push({ optionEntityId, optionValueEntityId: option.valueEntityId });
    else if (option.__typename === 'CartSelectedCheckboxOption')
      input.checkboxes.push({ optionEntityId, optionValueEntityId: option.valueEntityId });
    else if (option.__typename === 'CartSelectedTextFieldOption')
      input.textFields.push({ optionEntityId, text: option.text });
    else if (option.__typename === 'CartSelectedMultiLineTextFieldOption')
      input.multiLineTextFields.push({ optionEntityId, text: option.text });
    else if (option.__typename === 'CartSelectedNumberFieldOption')
      input.numberFields.push({ optionEntityId, number: option.number });
    else if (option.__typename === 'CartSelectedDateFieldOption')
      input.dateFields.push({ optionEntityId, date: option.date.utc });
  }
  return Object.fromEntries(Object.entries(input).filter(([, list]) => list.length));
}

function toLine(item: CartLineItemFields): CartLine {
  const options = item.selectedOptions.flatMap((option) => {
    const value = shownValue(option);
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
    selectedOptions: toSelectedOptions(item.selectedOptions),
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
