import { describe, expect, it } from 'vitest';
import type { AssembledProduct } from '../../src/lib/catalog/export';
import {
  cacheIdentity,
  cacheProblem,
  describeRebuildRequest,
  heldSequence,
  windowProblem,
} from '../../src/lib/catalog/export-plan';
import { keptProduct, mergeProducts } from '../../src/lib/catalog/merge-catalog';
import type { PreparedProduct } from '../../src/lib/catalog/normalise/product';
import { brands, makeProduct } from '../pages/fixture';

const kept = [1, 3, 5, 7].map((id) => makeProduct({ id }));
const fetched = (...ids: number[]): PreparedProduct[] =>
  ids.map((id) => ({ product: makeProduct({ id, name: `Fresh ${id}` }), issues: [] }));
const shape = (products: AssembledProduct[]) =>
  products.map((item) => ('kept' in item ? `kept ${item.kept.id}` : `fresh ${item.prepared.product.id}`));

describe('mergeProducts', () => {
  it('puts changed products in their place, drops the vanished and places new ones by id', () => {
    const merged = mergeProducts(kept, [3, 5, 4, 9], fetched(3, 4, 9));
    expect(merged.ok && shape(merged.products)).toEqual([
      'kept 1',
      'fresh 3',
      'fresh 4',
      'kept 7',
      'fresh 9',
    ]);
  });

  it('refuses a new product when the kept catalog is not in id order, and a product not asked for', () => {
    const unordered = [kept[1], kept[0]];
    expect(mergeProducts(unordered, [2], fetched(2))).toEqual({
      ok: false,
      problem: 'product 2 is new, and the last catalog is not in id order to place it',
    });
    expect(mergeProducts(unordered, [3], fetched(3)).ok).toBe(true);
    expect(mergeProducts(kept, [3], fetched(3, 8))).toEqual({
      ok: false,
      problem: 'the store returned product 8, which was not asked for',
    });
  });
});

describe('keptProduct', () => {
  it('drops references outside the catalog and takes the brand list’s name for its brand', () => {
    const product = makeProduct({
      id: 1,
      categoryIds: [10, 99],
      relatedIds: [1, 2, 404],
      brand: { id: 1, name: 'Old name', path: '/brands/old/' },
    });
    const known = { categoryIds: new Set([10]), brandIds: new Set([1]), productIds: new Set([1, 2]) };
    const renamed = new Map([[1, { ...brands[0], name: 'OFS Renamed' }]]);
    const result = keptProduct(product, known, renamed);
    expect(result).toMatchObject({
      categoryIds: [10],
      relatedIds: [2],
      brand: { id: 1, name: 'OFS Renamed' },
    });
    expect(keptProduct(product, { ...known, brandIds: new Set() }, renamed).brand).toBeUndefined();
    expect(product.categoryIds).toEqual([10, 99]);
  });
});

describe('the catalog cache identity', () => {
  const current = cacheIdentity({ endpoint: 'https://store-a.example/graphql', channelId: 1 });
  it('accepts its own identity and names what differs in another', () => {
    expect(cacheProblem(JSON.stringify(current), current)).toBeUndefined();
    expect(cacheProblem(JSON.stringify({ ...current, channelId: 2 }), current)).toBe(
      'the cached catalog is of channel 2, this build reads channel 1',
    );
    expect(cacheProblem(JSON.stringify({ ...current, version: 0 }), current)).toBe(
      `the cached catalog is format 0, this build writes ${current.version}`,
    );
    expect(cacheProblem('{', current)).toBe('the cached catalog’s identity is unreadable');
  });
});

describe('describeRebuildRequest', () => {
  it('summarises the body for the build log', () => {
    const request = {
      version: 2 as const,
      sequence: 12,
      since: 9,
      reason: 'webhook',
      full: false,
      scopes: ['store/product/updated', 'store/sku/updated'],
      products: [1, 2],
      categories: [3],
      skus: [4, 5, 6],
      deliveries: 7,
    };
    expect(describeRebuildRequest(request)).toBe(
      'webhook: 2 products, 1 category, 3 SKUs (store/product/updated, store/sku/updated; 7 deliveries; send 12, changes counted from send 9)',
    );
    expect(describeRebuildRequest({ ...request, full: true, reason: 'safety-net', scopes: [] })).toBe(
      'safety-net: the whole catalog (no scopes; 7 deliveries; send 12)',
    );
  });
});

describe('whether a cached catalog holds every change a body does not name', () => {
  const body = { since: 9 } as Parameters<typeof windowProblem>[1];
  it('accepts a catalog from the send the body counts from, or a later one', () => {
    expect(windowProblem(9, body)).toBeUndefined();
    expect(windowProblem(11, body)).toBeUndefined();
  });

  it('refuses an older catalog, and one that records no send, saying why', () => {
    expect(windowProblem(8, body)).toBe(
      'the cached catalog holds the changes up to send 8, and the body names only those from send 9 on',
    );
    expect(windowProblem(undefined, body)).toBe(
      'the cached catalog records no build-hook send, so which changes it holds is unknown',
    );
  });
});

describe('the send a catalog just exported holds the changes up to', () => {
  const identity = cacheIdentity({ endpoint: 'https://store-a.example/graphql', channelId: 1 });
  const cached = { identity: JSON.stringify(identity), sequence: 7 };
  it('is the body’s send when the build had one', () => {
    expect(heldSequence(12, cached, identity)).toBe(12);
    expect(heldSequence(12, { identity: undefined, sequence: undefined }, identity)).toBe(12);
  });

  it('is the cached catalog’s without a body, as a full export is newer, unless that cache is of another store', () => {
    expect(heldSequence(undefined, cached, identity)).toBe(7);
    const other = { ...identity, endpoint: 'https://store-b.example/graphql' };
    expect(heldSequence(undefined, { ...cached, identity: JSON.stringify(other) }, identity)).toBeUndefined();
    expect(heldSequence(undefined, { identity: undefined, sequence: undefined }, identity)).toBeUndefined();
  });
});
