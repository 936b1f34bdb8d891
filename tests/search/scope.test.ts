import { describe, expect, it } from 'vitest';
import { buildRouteTable } from '../../src/lib/routes/route-table';
import { indexCatalog } from '../../src/lib/routes/catalog-index';
import { listingScope, parseScope, type ListingRoute } from '../../src/lib/search/scope';
import { brands, categories, products } from '../pages/fixture';

const routes = buildRouteTable(indexCatalog({ categories, brands, products }));
const listing = (path: string) => routes.find((route) => route.path === path) as ListingRoute;

describe('listingScope', () => {
  it('scopes a category page to its products by the whole ancestry, not its name alone', () => {
    expect(listingScope(listing('/kitchen/pots/'))).toEqual({
      type: ['product'],
      category: ['Kitchen', 'Pots'],
    });
    expect(listingScope(listing('/kitchen/'))).toEqual({ type: ['product'], category: ['Kitchen'] });
  });

  it('scopes a brand page to the brand', () => {
    const brand = routes.find((route) => route.kind === 'brand') as ListingRoute & { kind: 'brand' };
    expect(listingScope(brand)).toEqual({ type: ['product'], brand: [brand.brand.name] });
  });
});

describe('parseScope', () => {
  it('reads back a scope written to the page', () => {
    const scope = { type: ['product'], category: ['Kitchen', 'Pots'] };
    expect(parseScope(JSON.stringify(scope))).toEqual(scope);
  });

  it('refuses anything else', () => {
    for (const text of [undefined, '', 'nope', '[]', '{}', '{"brand":"A"}', '{"brand":[1]}', 'null']) {
      expect(parseScope(text), String(text)).toBeUndefined();
    }
  });
});
