import { describe, expect, it } from 'vitest';
import { indexCatalog } from '../../src/lib/routes/catalog-index';
import { buildMenu } from '../../src/lib/routes/menu';
import { pagePath, pageWindow, paginate } from '../../src/lib/routes/pagination';
import type { PageRoute } from '../../src/lib/routes/route-table';
import { buildRouteTable, toStaticPaths } from '../../src/lib/routes/route-table';
import { PathConflictError } from '../../src/lib/routes/site-paths';
import { brands, categories, makeCategory, makeProduct, products } from './fixture';

const catalog = { products, categories, brands };
const routes = buildRouteTable(catalog);
const byPath = new Map(routes.map((route) => [route.path, route]));
const listing = (path: string) => {
  const route = byPath.get(path);
  if (!route || route.kind === 'product') throw new Error(`no listing at ${path}`);
  return route;
};

describe('pagination', () => {
  it('puts page 1 at the listing path and later pages under /page/n/', () => {
    expect(pagePath('/kitchen/', 1)).toBe('/kitchen/');
    expect(pagePath('/kitchen/', 3)).toBe('/kitchen/page/3/');
  });

  it('pages a listing on the legacy .html format beside its file, linking back to it', () => {
    expect(pagePath('/brands/Common-Good.html', 2)).toBe('/brands/Common-Good/page/2/');
    const pages = paginate(
      Array.from({ length: 30 }, (_, i) => i),
      '/brands/oak.html',
    );
    expect(pages.map((page) => page.path)).toEqual(['/brands/oak.html', '/brands/oak/page/2/']);
    expect(pages[1].pagination.prev).toBe('/brands/oak.html');
    expect(pages[0].pagination.next).toBe('/brands/oak/page/2/');
  });

  it('keeps one page for an empty listing', () => {
    const pages = paginate([], '/empty/');
    expect(pages).toHaveLength(1);
    expect(pages[0].pagination).toEqual({
      current: 1,
      total: 1,
      itemCount: 0,
      from: 0,
      to: 0,
      prev: undefined,
      next: undefined,
    });
  });

  it('links the first, last and neighbouring page numbers', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(5, 10)).toEqual([1, 4, 5, 6, 10]);
    expect(pageWindow(1, 10)).toEqual([1, 2, 10]);
    expect(pageWindow(3, 4)).toEqual([1, 2, 3, 4]);
  });

  it('fills pages of 24 exactly', () => {
    expect(paginate(Array.from({ length: 48 }), '/a/').map((page) => page.items.length)).toEqual([24, 24]);
    expect(paginate(Array.from({ length: 49 }), '/a/').map((page) => page.items.length)).toEqual([24, 24, 1]);
  });
});

describe('buildRouteTable', () => {
  it('gives every product exactly one page at its own path, nested paths included', () => {
    const productRoutes = routes.filter((route) => route.kind === 'product');
    expect(productRoutes.map((route) => route.path).sort()).toEqual(products.map((p) => p.path).sort());
    expect(byPath.get('/garden/terrariums/orbit-terrarium-large/')?.kind).toBe('product');
  });

  it('pages a category of 54 products at 24 with real prev/next links', () => {
    // 50 kitchen products, 3 pots in the Pots subcategory and the terrarium also assigned to Kitchen.
    const pages = ['/kitchen/', '/kitchen/page/2/', '/kitchen/page/3/'].map(listing);
    expect(pages.map((page) => page.products.length)).toEqual([24, 24, 6]);
    expect(pages.map((page) => page.pagination.prev)).toEqual([undefined, '/kitchen/', '/kitchen/page/2/']);
    expect(pages.map((page) => page.pagination.next)).toEqual([
      '/kitchen/page/2/',
      '/kitchen/page/3/',
      undefined,
    ]);
    expect(pages.every((page) => page.pagination.total === 3 && page.pagination.itemCount === 54)).toBe(true);
    expect(pages.map((page) => [page.pagination.from, page.pagination.to])).toEqual([
      [1, 24],
      [25, 48],
      [49, 54],
    ]);
    expect(byPath.has('/kitchen/page/4/')).toBe(false);
    expect(byPath.has('/kitchen/page/1/')).toBe(false);
  });

  it('lists the products of a category’s whole subtree, each once, in catalog order', () => {
    const kitchen = ['/kitchen/', '/kitchen/page/2/', '/kitchen/page/3/'].flatMap(
      (path) => listing(path).products,
    );
    // The medium pot sits in Kitchen and Pots, the terrarium in Kitchen and Garden › … › Large.
    expect(kitchen.map((p) => p.id)).toEqual([...products.slice(0, 50).map((p) => p.id), 101, 102, 103, 201]);
  });

  it('fills a top-level category whose products all sit in subcategories', () => {
    // Garden and Terrariums have no products of their own; the terrarium is two levels down.
    expect(listing('/garden/').products.map((p) => p.id)).toEqual([201]);
    expect(listing('/garden/terrariums/').products.map((p) => p.id)).toEqual([201]);
    expect(listing('/garden/terrariums/large/').products.map((p) => p.id)).toEqual([201]);
  });

  it('orders a subtree by the catalog, not by subcategory, and survives a cycle in the tree', () => {
    const tree = [
      makeCategory({ id: 1, name: 'Home', path: '/home/', childIds: [2, 3], parentId: 3 }),
      makeCategory({ id: 2, name: 'Bath', path: '/home/bath/', parentId: 1, depth: 2 }),
      makeCategory({ id: 3, name: 'Bed', path: '/home/bed/', parentId: 1, depth: 2, childIds: [1] }),
    ];
    const items = [
      makeProduct({ id: 31, categoryIds: [3] }),
      makeProduct({ id: 32, categoryIds: [2, 3] }),
      makeProduct({ id: 33, categoryIds: [1, 2] }),
    ];
    const table = buildRouteTable({ products: items, categories: tree, brands: [] });
    const ids = (path: string) =>
      table.flatMap((route) => (route.path === path && route.kind === 'category' ? route.products : []));
    expect(ids('/home/').map((p) => p.id)).toEqual([31, 32, 33]);
    expect(ids('/home/bath/').map((p) => p.id)).toEqual([32, 33]);
  });

  it('keeps the empty state for a category with nothing anywhere below it', () => {
    const clearance = listing('/clearance/');
    expect(clearance.products).toEqual([]);
    expect(clearance.pagination.total).toBe(1);
    expect(listing('/kitchen/pans/').products).toEqual([]);
  });

  it('links subcategories with the product counts of their own subtrees', () => {
    const kitchen = listing('/kitchen/');
    expect(kitchen.kind === 'category' && kitchen.subcategories).toEqual([
      { name: 'Pots', path: '/kitchen/pots/', productCount: 3 },
      { name: 'Pans', path: '/kitchen/pans/', productCount: 0 },
    ]);
    const garden = listing('/garden/');
    expect(garden.kind === 'category' && garden.subcategories).toEqual([
      { name: 'Terrariums', path: '/garden/terrariums/', productCount: 1 },
    ]);
  });

  it('pages brands the same way at their paths', () => {
    expect(listing('/brands/ofs/').products).toHaveLength(24);
    expect(listing('/brands/ofs/page/3/').products).toHaveLength(2);
    expect(listing('/brands/common-good/').products).toEqual([]);
  });

  it('resolves related products, skipping unknown ids', () => {
    const route = byPath.get('/garden/terrariums/orbit-terrarium-large/') as Extract<
      PageRoute,
      { kind: 'product' }
    >;
    expect(route.related.map((p) => p.id)).toEqual([101, 102]);
  });

  it('never yields two routes for one path', () => {
    expect(new Set(routes.map((route) => route.path)).size).toBe(routes.length);
  });

  it('fails on two things claiming one path, naming both', () => {
    const clash = makeProduct({ id: 7, name: 'Kitchen Sink', path: '/kitchen/' });
    expect(() => buildRouteTable({ ...catalog, products: [...products, clash] })).toThrow(PathConflictError);
    expect(() => buildRouteTable({ ...catalog, products: [...products, clash] })).toThrow(
      'Path /kitchen/ is claimed by product 7 "Kitchen Sink" and category 10 "Kitchen"',
    );
  });

  it('fails when a product sits where a listing’s later page goes, in any case', () => {
    const clash = makeProduct({ id: 8, path: '/Kitchen/Page/3/' });
    expect(() => buildRouteTable({ ...catalog, products: [clash, ...products] })).toThrow(
      `Path /kitchen/page/3/ is claimed by product 8 "Product 8" (as /Kitchen/Page/3/) and category 10 "Kitchen"'s page 3`,
    );
  });

  it('refuses paths the site reserves', () => {
    const brandsPage = makeCategory({ id: 99, name: 'Brands', path: '/brands/' });
    expect(() => buildRouteTable({ ...catalog, categories: [...categories, brandsPage] })).toThrow(
      'Path /brands/ is claimed by the brands index and category 99 "Brands"',
    );
  });
});

describe('static paths', () => {
  it('hands each route to the page as props', () => {
    const paths = toStaticPaths(routes);
    expect(paths).toHaveLength(routes.length);
    expect(paths.find((entry) => entry.params.path === 'kitchen/page/2')?.props.route.kind).toBe('category');
  });
});

describe('buildMenu', () => {
  it('shows top-level categories with one level of children, in tree order', () => {
    const menu = buildMenu(indexCatalog(catalog));
    expect(menu.map((item) => [item.name, item.children.map((child) => child.name)])).toEqual([
      ['Kitchen', ['Pots', 'Pans']],
      ['Garden', ['Terrariums']],
      ['Sale', []],
      ['Clearance', []],
    ]);
    expect(menu[1].children[0].children).toEqual([]);
  });
});
