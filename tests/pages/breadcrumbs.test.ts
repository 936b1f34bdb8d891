import { describe, expect, it } from 'vitest';
import { brandBreadcrumbs, categoryBreadcrumbs, productBreadcrumbs } from '../../src/lib/routes/breadcrumbs';
import { categoryAncestry, indexCatalog } from '../../src/lib/routes/catalog-index';
import { brands, categories, makeCategory, makeProduct, products } from './fixture';

const index = indexCatalog({ products, categories, brands });
const names = (crumbs: { name: string }[]) => crumbs.map((crumb) => crumb.name);

describe('breadcrumbs', () => {
  it('follows a product’s first category up to the root', () => {
    const terrarium = products.find((p) => p.id === 201)!;
    const crumbs = productBreadcrumbs(terrarium, index);
    expect(names(crumbs)).toEqual(['Home', 'Garden', 'Terrariums', 'Large', 'Orbit Terrarium - Large']);
    expect(crumbs.at(-1)?.path).toBe('/garden/terrariums/orbit-terrarium-large/');
    expect(crumbs[0].path).toBe('/');
  });

  it('skips category ids the catalog does not hold', () => {
    const product = makeProduct({ id: 5, name: 'Lid', categoryIds: [404, 11] });
    expect(names(productBreadcrumbs(product, index))).toEqual(['Home', 'Kitchen', 'Pots', 'Lid']);
  });

  it('goes straight from Home to an uncategorised product', () => {
    expect(names(productBreadcrumbs(makeProduct({ id: 6, name: 'Gift card' }), index))).toEqual([
      'Home',
      'Gift card',
    ]);
  });

  it('trails categories and brands', () => {
    expect(names(categoryBreadcrumbs(categories[1], index))).toEqual(['Home', 'Kitchen', 'Pots']);
    expect(brandBreadcrumbs(brands[0]).map((crumb) => crumb.path)).toEqual(['/', '/brands/', '/brands/ofs/']);
  });

  it('stops at a parent cycle instead of looping', () => {
    const a = makeCategory({ id: 1, name: 'A', path: '/a/', parentId: 2 });
    const b = makeCategory({ id: 2, name: 'B', path: '/b/', parentId: 1 });
    const byId = new Map([a, b].map((c) => [c.id, c]));
    expect(names(categoryAncestry(a, byId))).toEqual(['B', 'A']);
  });
});
