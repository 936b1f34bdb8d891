import { describe, expect, it } from 'vitest';
import { resolveSiteContent } from '../../src/lib/content/site-content';
import { brands, categories, products } from '../pages/fixture';

const catalog = { products, categories, brands };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const now = day('2026-12-01');

const post = (id: string, date: string, productRefs: string[] = []) => ({
  id,
  file: `src/content/blog/${id}.md`,
  data: { date: day(date), products: productRefs, tags: [] },
});

const home = (data: Partial<{ featuredProducts: string[]; featuredCategories: string[] }> = {}) => ({
  id: 'home',
  file: 'sample-content/home/home.yaml',
  data: {
    banners: [
      { title: 'Winter sale', start: day('2026-11-01') },
      { title: 'Summer days', start: day('2025-06-01'), end: day('2025-09-01') },
    ],
    featuredCategories: [],
    featuredProducts: [],
    ...data,
  },
});

const raw = <T extends object>(extra: T) => ({
  pages: [],
  blog: [],
  announcements: [],
  enrichment: [],
  ...extra,
});

describe('resolving the site content', () => {
  it('shows only the live banners, and resolves featured products and categories', () => {
    const resolved = resolveSiteContent(
      raw({ home: home({ featuredProducts: ['SKU-101', '/large-pot/'], featuredCategories: ['/garden/'] }) }),
      catalog,
      now,
    );
    expect(resolved.home?.banners.map((banner) => banner.title)).toEqual(['Winter sale']);
    expect(resolved.home?.featuredProducts.map((product) => product.name)).toEqual([
      'Small pot',
      'Large pot',
    ]);
    expect(resolved.home?.featuredCategories.map((category) => category.name)).toEqual(['Garden']);
  });

  it('fails on an unknown featured SKU, naming the home file', () => {
    expect(() =>
      resolveSiteContent(raw({ home: home({ featuredProducts: ['GONE'] }) }), catalog, now),
    ).toThrow('sample-content/home/home.yaml: featuredProducts[0] refers to "GONE"');
  });

  it('lists posts newest first, holds back posts dated after the build, and resolves their products', () => {
    const resolved = resolveSiteContent(
      raw({
        blog: [
          post('older', '2026-05-01'),
          post('newer', '2026-11-01', ['/small-pot/']),
          post('scheduled', '2026-12-24'),
        ],
      }),
      catalog,
      now,
    );
    expect(resolved.posts.map((each) => each.id)).toEqual(['newer', 'older']);
    expect(resolved.posts[0].products.map((product) => product.name)).toEqual(['Small pot']);
  });

  it("fails on a post's unknown product, naming the post's file", () => {
    expect(() =>
      resolveSiteContent(raw({ blog: [post('a', '2026-01-01', ['NOPE'])] }), catalog, now),
    ).toThrow('src/content/blog/a.md: products[0] refers to "NOPE"');
  });

  it('shows only live announcements', () => {
    const announcement = (id: string, end?: Date) => ({ id, file: `${id}.yaml`, data: { text: id, end } });
    const resolved = resolveSiteContent(
      raw({ announcements: [announcement('b-live'), announcement('a-over', day('2026-11-30'))] }),
      catalog,
      now,
    );
    expect(resolved.announcements.map((each) => each.id)).toEqual(['b-live']);
  });

  it('keys enrichment by catalog path and fails on an unknown path or a second file for one path', () => {
    const guide = (id: string, path: string) => ({
      id,
      file: `src/content/enrichment/${id}.md`,
      data: { path },
    });
    const resolved = resolveSiteContent(raw({ enrichment: [guide('kitchen', '/Kitchen/')] }), catalog, now);
    expect(resolved.enrichment.get('kitchen')?.id).toBe('kitchen');
    expect(() => resolveSiteContent(raw({ enrichment: [guide('toys', '/toys/')] }), catalog, now)).toThrow(
      'src/content/enrichment/toys.md: path refers to "/toys/"',
    );
    expect(() =>
      resolveSiteContent(
        raw({ enrichment: [guide('a', '/kitchen/'), guide('b', '/kitchen/')] }),
        catalog,
        now,
      ),
    ).toThrow(
      'src/content/enrichment/b.md: path /kitchen/ already has enrichment in src/content/enrichment/a.md',
    );
  });

  it('fails when a content page takes a catalog path', () => {
    const page = { id: 'garden', file: 'src/content/pages/garden.md', data: {} };
    expect(() => resolveSiteContent(raw({ pages: [page] }), catalog, now)).toThrow(
      'Path /garden/ is claimed by category 20 "Garden" and content page src/content/pages/garden.md',
    );
  });
});
