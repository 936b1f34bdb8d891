import { describe, expect, it } from 'vitest';
import type { Product } from '../../src/lib/catalog/schema';
import { routeCacheKeys, siteWideDigest } from '../../src/lib/routes/cache-keys';
import { buildRouteTable } from '../../src/lib/routes/route-table';
import { brands, categories, products, settings } from './fixture';

const site = siteWideDigest({ settings });

/** Each page's key by path, for a catalog with `change` applied to a copy of the fixtures. */
function keysOf(
  change: (catalog: { products: Product[]; categories: typeof categories }) => void = () => {},
  digest = site,
): Map<string, string> {
  const catalog = structuredClone({ products, categories, brands });
  change(catalog);
  const routes = buildRouteTable(catalog);
  const keys = routeCacheKeys(routes, digest);
  return new Map(routes.map((route, i) => [route.path, keys[i]]));
}

/** The paths whose key differs between two key sets (or that only one has). */
function changedPaths(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((path) => before.get(path) !== after.get(path)).sort();
}

const product = (catalog: { products: Product[] }, id: number) =>
  catalog.products.find((item) => item.id === id)!;
const before = keysOf();

describe('page cache keys', () => {
  it('are the same for the same catalog, and differ from page to page', () => {
    expect(keysOf()).toEqual(before);
    expect(new Set(before.values()).size).toBe(before.size);
  });

  it('change for a product, the pages relating it and the listings showing it, and no others', () => {
    const after = keysOf((catalog) => {
      product(catalog, 101).prices = { price: { amount: 9, currency: 'USD' } };
    });
    // 101 is a pot (Pots, and Kitchen above it) and related to the terrarium.
    expect(changedPaths(before, after)).toEqual([
      '/garden/terrariums/orbit-terrarium-large/',
      '/kitchen/page/3/',
      '/kitchen/pots/',
      '/small-pot/',
    ]);
  });

  it('change for the pages whose breadcrumbs or listings name a renamed category', () => {
    const after = keysOf((catalog) => {
      catalog.categories.find((category) => category.id === 11)!.name = 'Stock pots';
    });
    const changed = changedPaths(before, after);
    expect(changed).toContain('/kitchen/pots/');
    expect(changed).toContain('/small-pot/');
    // Kitchen lists Pots as a subcategory on each of its pages.
    expect(changed).toContain('/kitchen/page/2/');
    expect(changed).not.toContain('/garden/');
  });

  it('change on every page when anything site-wide does', () => {
    const after = keysOf(undefined, siteWideDigest({ settings: { ...settings, storeName: 'Other' } }));
    expect(changedPaths(before, after)).toEqual([...before.keys()].sort());
  });
});

describe('the site-wide digest', () => {
  it('covers every input by name, in any order', () => {
    const menu = [{ name: 'Kitchen' }];
    expect(siteWideDigest({ settings, menu })).toBe(siteWideDigest({ menu, settings }));
    expect(siteWideDigest({ settings, menu })).not.toBe(siteWideDigest({ settings }));
    expect(siteWideDigest({ settings, menu })).not.toBe(siteWideDigest({ settings, menu: [] }));
  });
});
