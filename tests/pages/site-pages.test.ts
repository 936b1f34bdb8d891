import { describe, expect, it } from 'vitest';
import { indexCatalog } from '../../src/lib/routes/catalog-index';
import { brandDirectory } from '../../src/lib/routes/brands-index';
import { homeSections } from '../../src/lib/routes/home-sections';
import { robotsTxt } from '../../src/lib/seo/robots';
import { routeJsonLd, routeMeta } from '../../src/lib/seo/route-meta';
import { buildRouteTable, enrichedPathOf } from '../../src/lib/routes/route-table';
import { brands, categories, products, settings } from './fixture';

const index = indexCatalog({ products, categories, brands });

describe('homeSections', () => {
  it('shows top-level categories and the store’s featured and newest products in its order', () => {
    const sections = homeSections(index, {
      ...settings,
      featuredIds: [201, 4040, 101, 201],
      newestIds: [666],
    });
    expect(sections.categories.map((c) => c.name)).toEqual(['Kitchen', 'Garden', 'Sale', 'Clearance']);
    expect(sections.featured.map((p) => p.id)).toEqual([201, 101]);
    expect(sections.newest.map((p) => p.id)).toEqual([666]);
  });

  it('caps each product row', () => {
    const many = { ...settings, featuredIds: products.map((p) => p.id) };
    expect(homeSections(index, many, 8).featured).toHaveLength(8);
  });
});

describe('brandDirectory', () => {
  it('sorts brands A to Z with their product counts', () => {
    expect(brandDirectory(index).map(({ brand, productCount }) => [brand.name, productCount])).toEqual([
      ['Common Good', 0],
      ['OFS', 50],
    ]);
  });
});

describe('routeMeta and routeJsonLd', () => {
  const routes = buildRouteTable(index);
  const site = 'https://shop.example.com';

  it('gives brand pages their own canonical URL per page', () => {
    const page2 = routes.find((route) => route.path === '/brands/ofs/page/2/')!;
    expect(routeMeta(page2, 'Sample Store', site)).toMatchObject({
      title: 'OFS - Sample Store (page 2)',
      canonical: 'https://shop.example.com/brands/ofs/page/2/',
      description: 'Shop OFS products at Sample Store.',
    });
  });

  it('adds Product data only to product pages', () => {
    const product = routes.find((route) => route.kind === 'product')!;
    const category = routes.find((route) => route.kind === 'category')!;
    expect(routeJsonLd(product, site)[0]['@type']).toBe('Product');
    expect(routeJsonLd(category, site)).toEqual([]);
  });

  it('adds none to a product page Google could not accept as it stands', () => {
    const product = routes.find((route) => route.kind === 'product')!;
    if (product.kind !== 'product') throw new Error('no product route');
    const imageless = { ...product, product: { ...product.product, images: [] } };
    expect(routeJsonLd(imageless, site)).toEqual([]);
  });
});

describe('robotsTxt', () => {
  it('allows crawling and names the sitemap on the site URL', () => {
    expect(robotsTxt(new URL('https://shop.example.com'))).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://shop.example.com/sitemap-index.xml\n',
    );
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});

describe('enrichedPathOf', () => {
  it('gives a product its own path, and a listing its path on its first page only', () => {
    const routes = buildRouteTable(index);
    const product = routes.find((route) => route.kind === 'product')!;
    expect(enrichedPathOf(product)).toBe(product.kind === 'product' && product.product.path);
    const listings = routes.filter((route) => route.kind === 'brand' && route.brand.name === 'OFS');
    expect(listings.length).toBeGreaterThan(1);
    expect(listings.map(enrichedPathOf)).toEqual([
      listings[0].kind === 'brand' && listings[0].brand.path,
      ...listings.slice(1).map(() => undefined),
    ]);
  });
});
