import { describe, expect, it } from 'vitest';
import { changeFromPayload, webhookPayloadSchema } from '../../src/lib/webhooks/payload';
import { payload } from './deliveries';

const change = (scope: string, data: Record<string, unknown>, channelId = 1) =>
  changeFromPayload(webhookPayloadSchema.parse(payload(scope, data)), channelId);

describe('changeFromPayload', () => {
  it('names products, categories and SKUs for created, updated, deleted and inventory scopes', () => {
    for (const action of ['created', 'updated', 'deleted', 'inventory/updated']) {
      expect(change(`store/product/${action}`, { type: 'product', id: 11 })).toMatchObject({
        full: false,
        products: [11],
      });
    }
    expect(change('store/category/deleted', { type: 'category', id: 23 })).toMatchObject({
      categories: [23],
    });
    expect(change('store/sku/inventory/updated', { type: 'sku', id: 9 })).toMatchObject({
      skus: [9],
      products: [],
    });
  });

  it("takes a SKU's owning product from data.sku.product_id", () => {
    expect(
      change('store/sku/updated', { type: 'sku', id: 9, sku: { product_id: 112, variant_id: 3 } }),
    ).toEqual({
      scope: 'store/sku/updated',
      full: false,
      products: [112],
      categories: [],
      skus: [9],
    });
  });

  it('counts assignments, the category tree and settings only for the configured channel', () => {
    expect(change('store/channel/1/product/assigned', { type: 'product', id: 4 })).toMatchObject({
      products: [4],
    });
    expect(change('store/channel/3/product/unassigned', { type: 'product', id: 4 }, 3)).toMatchObject({
      products: [4],
    });
    expect(change('store/channel/2/product/assigned', { type: 'product', id: 4 })).toBeUndefined();
    expect(change('store/channel/1/categoryTree/updated', { type: 'category_tree', id: 1 })).toMatchObject({
      full: true,
    });
    expect(change('store/channel/1/settings/profile/updated', { type: 'channel', id: 1 })).toMatchObject({
      full: true,
    });
    expect(change('store/channel/2/settings/profile/updated', { type: 'channel', id: 2 })).toBeUndefined();
  });

  it('asks for a full rebuild on price lists and store information', () => {
    expect(change('store/priceList/record/updated', { type: 'price_list', id: 2 })).toMatchObject({
      full: true,
    });
    expect(change('store/priceList/created', { type: 'price_list', id: 2 })).toMatchObject({ full: true });
    expect(change('store/information/updated', { type: 'store' })).toMatchObject({ full: true });
  });

  it('falls back to a full rebuild when a counted entity scope carries no usable id', () => {
    expect(change('store/product/updated', { type: 'product' })).toMatchObject({ full: true, products: [] });
    expect(change('store/product/updated', { type: 'product', id: '42' })).toMatchObject({ products: [42] });
  });

  it('ignores scopes that do not change the catalog', () => {
    for (const scope of [
      'store/order/created',
      'store/customer/updated',
      'store/cart/created',
      'store/product',
    ]) {
      expect(change(scope, { type: 'x', id: 1 })).toBeUndefined();
    }
  });
});
