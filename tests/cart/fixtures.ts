/** API carts and add-to-cart props for the cart's unit tests. */
import type { CartFields } from '../../src/lib/bigcommerce/fragments/CartFragment';
import type { CartLineItemFields } from '../../src/lib/bigcommerce/fragments/CartLineItemFragment';
import type { AddToCartProps, VariantChoice } from '../../src/lib/cart/add-to-cart-props';

const usd = (value: number) => ({ value, currencyCode: 'USD' });

/** A cart line as the Storefront API returns it; override what a test cares about. */
export function apiLine(overrides: Partial<CartLineItemFields> = {}): CartLineItemFields {
  const quantity = overrides.quantity ?? 1;
  return {
    entityId: 'line-1',
    productEntityId: 101,
    variantEntityId: 1001,
    sku: 'MUG-BLUE',
    name: 'Speckled Mug',
    url: 'https://store-abc.mybigcommerce.com/speckled-stoneware-mug/',
    imageUrl: 'https://cdn.example/mug.jpg',
    brand: null,
    quantity,
    listPrice: usd(24),
    salePrice: usd(19.99),
    extendedListPrice: usd(24 * quantity),
    extendedSalePrice: usd(19.99 * quantity),
    selectedOptions: [
      {
        __typename: 'CartSelectedMultipleChoiceOption',
        entityId: 1,
        name: 'Colour',
        value: 'Blue',
        valueEntityId: 11,
      },
      { __typename: 'CartSelectedTextFieldOption', entityId: 2, name: 'Engraving', text: 'Hi' },
    ],
    ...overrides,
  };
}

/** A cart as the Storefront API returns it. */
export function apiCart(lines: CartLineItemFields[], digital: CartLineItemFields[] = []): CartFields {
  const total = [...lines, ...digital].reduce((sum, line) => sum + Number(line.extendedSalePrice.value), 0);
  return {
    entityId: 'cart-1',
    currencyCode: 'USD',
    isTaxIncluded: false,
    baseAmount: usd(total),
    discountedAmount: usd(0),
    amount: usd(total),
    lineItems: {
      totalQuantity: [...lines, ...digital].reduce((sum, line) => sum + line.quantity, 0),
      physicalItems: lines,
      digitalItems: digital,
    },
  };
}

const variant = (id: number, valueIds: number[], overrides: Partial<VariantChoice> = {}): VariantChoice => ({
  id,
  sku: `SKU-${id}`,
  valueIds,
  price: 2500,
  purchasable: true,
  inStock: true,
  available: 10,
  ...overrides,
});

/**
 * A shirt in Red (1) or Blue (2), sizes S (3) and L (4): Blue/L is sold out and Red/L does not exist.
 * Modifiers: gift wrap (checkbox), engraving (text, 2–10 chars), and a required number of patches (0–5).
 */
export function shirtProps(overrides: Partial<AddToCartProps> = {}): AddToCartProps {
  return {
    productId: 7,
    name: 'Shirt',
    currency: 'USD',
    price: 2500,
    inStock: true,
    available: 30,
    status: 'Available',
    options: [
      {
        kind: 'choice',
        id: 100,
        name: 'Colour',
        required: true,
        variant: true,
        style: 'swatch',
        values: [
          { id: 1, label: 'Red', isDefault: true, swatch: '#ff0000' },
          { id: 2, label: 'Blue', isDefault: false, swatch: '#0000ff' },
        ],
      },
      {
        kind: 'choice',
        id: 200,
        name: 'Size',
        required: true,
        variant: true,
        style: 'radio',
        values: [
          { id: 3, label: 'S', isDefault: false },
          { id: 4, label: 'L', isDefault: false },
        ],
      },
      {
        kind: 'checkbox',
        id: 300,
        name: 'Gift wrap',
        required: false,
        label: 'Gift wrap it',
        checked: false,
        checkedId: 31,
      },
      { kind: 'text', id: 400, name: 'Engraving', required: false, minLength: 2, maxLength: 10 },
      { kind: 'number', id: 500, name: 'Patches', required: true, min: 0, max: 5, integer: true },
    ],
    variants: [
      variant(70, [1, 3]),
      variant(71, [2, 3], { available: 2 }),
      variant(72, [2, 4], { inStock: false, available: 0 }),
    ],
    minQuantity: 1,
    maxQuantity: null,
    ...overrides,
  };
}
