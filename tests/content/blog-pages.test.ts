import { describe, expect, it } from 'vitest';
import { blogIndexPages, pageParam, tagListings } from '../../src/lib/content/blog-pages';

const post = (id: string, tags: string[]) => ({ id, data: { tags } });

describe('blog listings', () => {
  it('pages the index like a category', () => {
    const pages = blogIndexPages(
      Array.from({ length: 5 }, (_, i) => post(`p${i}`, [])),
      2,
    );
    expect(pages.map((page) => page.path)).toEqual(['/blog/', '/blog/page/2/', '/blog/page/3/']);
    expect(pages.map((page) => pageParam(page.path, '/blog/'))).toEqual([undefined, 'page/2', 'page/3']);
  });

  it('gives each tag its posts, spellings with one slug sharing a page', () => {
    const listings = tagListings([
      post('a', ['Coffee', 'Care guides']),
      post('b', ['coffee']),
      post('c', []),
    ]);
    expect(
      listings.map(({ tag, slug, pages }) => [tag, slug, pages[0].items.map((item) => item.id)]),
    ).toEqual([
      ['Care guides', 'care-guides', ['a']],
      ['Coffee', 'coffee', ['a', 'b']],
    ]);
    expect(listings[1].pages[0].path).toBe('/blog/tags/coffee/');
  });
});
