import { describe, expect, it } from 'vitest';
import { assertContentPaths, ContentPathError, tagPath, tagSlug } from '../../src/lib/content/content-paths';
import { PathConflictError } from '../../src/lib/routes/site-paths';
import { brands, categories, products } from '../pages/fixture';

const catalog = { products, categories, brands };
const page = (id: string) => ({ id, file: `src/content/pages/${id}.md` });

describe('content page paths', () => {
  it('accepts pages at free paths', () => {
    expect(() => assertContentPaths(catalog, [page('about'), page('shipping')])).not.toThrow();
  });

  it('fails when a page takes a category path, naming both', () => {
    expect(() => assertContentPaths(catalog, [page('kitchen')])).toThrow(PathConflictError);
    expect(() => assertContentPaths(catalog, [page('kitchen')])).toThrow(
      'Path /kitchen/ is claimed by category 10 "Kitchen" and content page src/content/pages/kitchen.md',
    );
  });

  it('fails when a page takes a product path, naming both', () => {
    expect(() => assertContentPaths(catalog, [page('small-pot')])).toThrow(
      'claimed by product 101 "Small pot" and content page src/content/pages/small-pot.md',
    );
  });

  it('fails when a page takes a path the site reserves, naming both', () => {
    expect(() => assertContentPaths(catalog, [page('cart')])).toThrow(
      'Path /cart/ is claimed by the cart page and content page src/content/pages/cart.md',
    );
    expect(() => assertContentPaths(catalog, [page('blog')])).toThrow('the blog');
  });

  it('refuses a file name that is not a URL segment', () => {
    expect(() => assertContentPaths(catalog, [page('About Us')])).toThrow(ContentPathError);
  });

  it('refuses a post named like the blog index pages or tag folder', () => {
    const post = { id: 'tags', file: 'src/content/blog/tags.md' };
    expect(() => assertContentPaths(catalog, [], [post])).toThrow(
      "src/content/blog/tags.md: /blog/tags/ is the blog's own",
    );
  });

  it('makes tag slugs from any spelling', () => {
    expect(tagSlug('Gift ideas')).toBe('gift-ideas');
    expect(tagSlug('Café & Tea')).toBe('cafe-tea');
    expect(tagPath('Care guides')).toBe('/blog/tags/care-guides/');
  });
});
