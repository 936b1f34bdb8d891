import { describe, expect, it } from 'vitest';
import { contentPageHead } from '../../src/lib/content/page-head';

describe('a content page head', () => {
  it('titles the page "Title - Store" and puts it last in its trail', () => {
    const { meta, breadcrumbs } = contentPageHead({
      title: 'Cast iron for life',
      description: 'Seasoning and care.',
      path: '/blog/cast-iron-care/',
      within: [{ name: 'Journal', path: '/blog/' }],
      storeName: 'Orbit & Fern',
      site: 'https://shop.example',
    });
    expect(meta.title).toBe('Cast iron for life - Orbit & Fern');
    expect(meta.canonical).toBe('https://shop.example/blog/cast-iron-care/');
    expect(breadcrumbs.map((crumb) => crumb.name)).toEqual(['Home', 'Journal', 'Cast iron for life']);
  });
});
