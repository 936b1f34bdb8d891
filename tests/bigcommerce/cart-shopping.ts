/** Sample products to shop with and typed wrappers of the cart operations, for the cart tests. */
import type { ProductRecord, StoreData } from '../../local-store/data/types';
import type { BigCommerceClient } from '../../src/lib/bigcommerce/client';
import type { CartFields } from '../../src/lib/bigcommerce/fragments/CartFragment';
import * as Add from '../../src/lib/bigcommerce/mutations/AddCartLineItemsMutation';
import type { CartLineItemInput } from '../../src/lib/bigcommerce/mutations/cart-inputs';
import * as Create from '../../src/lib/bigcommerce/mutations/CreateCartMutation';
import * as Redirect from '../../src/lib/bigcommerce/mutations/CreateCartRedirectUrlsMutation';
import * as RemoveLine from '../../src/lib/bigcommerce/mutations/DeleteCartLineItemMutation';
import * as Delete from '../../src/lib/bigcommerce/mutations/DeleteCartMutation';
import * as Update from '../../src/lib/bigcommerce/mutations/UpdateCartLineItemMutation';
import * as Get from '../../src/lib/bigcommerce/queries/GetCartQuery';

const buyable = (product: ProductRecord) =>
  product.isVisible &&
  product.availability === 'Available' &&
  product.price !== null &&
  !product.minPurchaseQuantity &&
  !product.options.some(
    (option) => option.isRequired && !('isVariantOption' in option && option.isVariantOption),
  );
const variantOptionsOf = (product: ProductRecord) =>
  product.options.filter((option) => option.kind === 'MultipleChoice' && option.isVariantOption);
const plentiful = (stock: number | null, needed: number) => stock === null || stock >= needed;

/** A product without variants, a purchasable variant (with its options) and a product with little stock. */
export function pickSampleProducts(data: StoreData) {
  const plain = data.products.filter((product) => buyable(product) && !variantOptionsOf(product).length);
  const simple = plain.find((product) => plentiful(product.stock, 10));
  const withVariants = data.products.find(
    (product) =>
      buyable(product) &&
      variantOptionsOf(product).length > 0 &&
      product.variants.some((variant) => variant.isPurchasable && plentiful(variant.stock, 5)),
  );
  const variant = withVariants?.variants.find((v) => v.isPurchasable && plentiful(v.stock, 5));
  const scarce = plain.find((product) => product.stock !== null && product.stock >= 1);
  return {
    simple,
    withVariants,
    variant,
    variantOptions: withVariants ? variantOptionsOf(withVariants) : [],
    scarce,
  };
}

/** The cart operations as plain functions returning what a drawer uses. */
export function cartCalls(client: BigCommerceClient) {
  return {
    create: async (lineItems: CartLineItemInput[]) =>
      (
        await client.request(Create.CreateCartMutation, {
          input: { lineItems },
        })
      ).cart.createCart!.cart!,
    get: async (cartId: string) => (await client.request(Get.GetCartQuery, { cartId })).site.cart,
    add: async (cartEntityId: string, lineItems: CartLineItemInput[]) =>
      (
        await client.request(Add.AddCartLineItemsMutation, {
          input: { cartEntityId, data: { lineItems } },
        })
      ).cart.addCartLineItems!.cart!,
    update: async (cartEntityId: string, lineItemEntityId: string, lineItem: CartLineItemInput) =>
      (
        await client.request(Update.UpdateCartLineItemMutation, {
          input: { cartEntityId, lineItemEntityId, data: { lineItem } },
        })
      ).cart.updateCartLineItem!.cart!,
    removeLine: async (cartEntityId: string, lineItemEntityId: string) =>
      (
        await client.request(RemoveLine.DeleteCartLineItemMutation, {
          input: { cartEntityId, lineItemEntityId },
        })
      ).cart.deleteCartLineItem!,
    checkoutUrls: async (cartEntityId: string) =>
      (await client.request(Redirect.CreateCartRedirectUrlsMutation, { input: { cartEntityId } })).cart
        .createCartRedirectUrls.redirectUrls!,
    deleteCart: async (cartEntityId: string) =>
      (
        await client.request(Delete.DeleteCartMutation, {
          input: { cartEntityId },
        })
      ).cart.deleteCart!,
  };
}

/** Sum of the lines' extended sale prices. */
export const sumOfLines = (cart: CartFields) =>
  cart.lineItems.physicalItems.reduce((sum, line) => sum + Number(line.extendedSalePrice.value), 0);

/** The cart line for a product. */
export const lineFor = (cart: CartFields, productEntityId: number) =>
  cart.lineItems.physicalItems.find((line) => line.productEntityId === productEntityId)!;
