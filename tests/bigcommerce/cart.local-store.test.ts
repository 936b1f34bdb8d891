/** The cart operations through the real client against the local BigCommerce API. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStore } from '../../local-store';
import { sampleStore } from '../../local-store/data/sample';
import { createClient } from '../../src/lib/bigcommerce/client';
import { BigCommerceGraphQLError } from '../../src/lib/bigcommerce/errors';
import { cartCalls, lineFor, pickSampleProducts, sumOfLines } from './cart-shopping';
import type { LocalStore } from './local-store-client';

const data = sampleStore();
const { simple, withVariants, variant, variantOptions, scarce } = pickSampleProducts(data);

let store: LocalStore;
let cart: ReturnType<typeof cartCalls>;
beforeAll(async () => {
  store = await startLocalStore();
  const client = createClient({
    endpoint: store.graphqlUrl,
    token: store.storefrontToken,
    tokenVariable: 'BIGCOMMERCE_STOREFRONT_TOKEN',
    retry: { baseDelayMs: 5, maxDelayMs: 40 },
  });
  cart = cartCalls(client);
});
afterAll(() => store?.stop());

describe('cart operations against the local store', () => {
  it('has sample products to shop with', () => {
    expect(simple, 'a buyable product without variants').toBeDefined();
    expect(variant, 'a buyable variant').toBeDefined();
    expect(scarce, 'a product with little stock').toBeDefined();
  });

  it('creates a cart, adds, updates, removes lines, and deletes the cart with its last line', async () => {
    const created = await cart.create([{ productEntityId: simple!.entityId, quantity: 1 }]);
    const cartId = created.entityId;
    expect(cartId).toMatch(/\S/);
    expect(created.currencyCode).toBe(data.settings.defaultCurrency);
    expect(created.lineItems.totalQuantity).toBe(1);
    expect(lineFor(created, simple!.entityId)).toMatchObject({ name: simple!.name, quantity: 1 });

    const multipleChoices = variantOptions.map((option, index) => ({
      optionEntityId: option.entityId,
      optionValueEntityId: variant!.optionValueIds[index],
    }));
    const afterAdd = await cart.add(cartId, [
      {
        productEntityId: withVariants!.entityId,
        variantEntityId: variant!.entityId,
        quantity: 2,
        selectedOptions: { multipleChoices },
      },
    ]);
    expect(afterAdd.lineItems.totalQuantity).toBe(3);
    const variantLine = lineFor(afterAdd, withVariants!.entityId);
    expect(variantLine).toMatchObject({ variantEntityId: variant!.entityId, quantity: 2, sku: variant!.sku });
    expect(variantLine.selectedOptions.map((option) => option.name)).toEqual(
      variantOptions.map((option) => option.displayName),
    );
    expect(variantLine.extendedSalePrice.value).toBeCloseTo(Number(variantLine.salePrice.value) * 2, 2);
    expect(afterAdd.amount.value).toBeCloseTo(sumOfLines(afterAdd), 2);

    const simpleLine = lineFor(afterAdd, simple!.entityId);
    const afterUpdate = await cart.update(cartId, simpleLine.entityId, {
      productEntityId: simple!.entityId,
      quantity: 4,
    });
    expect(afterUpdate.lineItems.totalQuantity).toBe(6);
    expect(lineFor(afterUpdate, simple!.entityId).extendedSalePrice.value).toBeCloseTo(
      Number(simpleLine.salePrice.value) * 4,
      2,
    );
    expect(await cart.get(cartId)).toEqual(afterUpdate);

    const firstRemoval = await cart.removeLine(cartId, simpleLine.entityId);
    expect(firstRemoval.deletedLineItemEntityId).toBe(simpleLine.entityId);
    expect(firstRemoval.deletedCartEntityId).toBeNull();
    expect(firstRemoval.cart!.lineItems.physicalItems.map((line) => line.entityId)).toEqual([
      variantLine.entityId,
    ]);

    const lastRemoval = await cart.removeLine(cartId, variantLine.entityId);
    expect(lastRemoval.cart).toBeNull();
    expect(lastRemoval.deletedCartEntityId).toBe(cartId);
    expect(await cart.get(cartId)).toBeNull();
  });

  it('refuses a mutation on a missing cart with a query error, sent once', async () => {
    const before = store.requestCount();
    const missingCart = '00000000-0000-4000-8000-000000000000';
    const error = await cart
      .add(missingCart, [{ productEntityId: simple!.entityId, quantity: 1 }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BigCommerceGraphQLError);
    expect((error as Error).message).toContain('Not Found: Cart does not exist');
    expect(store.requestCount() - before).toBe(1);
  });

  it('refuses more than the stock with "Not enough stock"', async () => {
    const error = await cart
      .create([{ productEntityId: scarce!.entityId, quantity: scarce!.stock! + 1 }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BigCommerceGraphQLError);
    expect((error as BigCommerceGraphQLError).errors[0].message).toMatch(/^Not enough stock:/);
  });

  it('makes single-use checkout URLs for a cart, then deletes the cart', async () => {
    const { entityId } = await cart.create([{ productEntityId: simple!.entityId, quantity: 1 }]);
    const checkout = new URL((await cart.checkoutUrls(entityId)).redirectedCheckoutUrl);
    expect(checkout.pathname).toBe('/cart.php');
    expect(checkout.searchParams.get('action')).toBe('loadInCheckout');
    expect(checkout.searchParams.get('id')).toBe(entityId);
    expect(checkout.searchParams.get('token')).toMatch(/^[0-9a-f]{64}$/);

    expect((await cart.deleteCart(entityId)).deletedCartEntityId).toBe(entityId);
    expect(await cart.get(entityId)).toBeNull();
  });
});
