import { describe, expect, it } from 'vitest';
import { contentRecord } from '../../src/lib/search/content-records';
import { FILTERS } from '../../src/lib/search/contract';
import { valueLabel } from '../../src/lib/search/facets';
import { NO_PRICE_SORT_KEY } from '../../src/lib/search/records';
import { resultView } from '../../src/lib/search/result-view';

const post = contentRecord({
  type: 'post',
  url: '/blog/linen-care/',
  title: 'How to care for linen',
  description: 'Linen gets better with every wash.',
  html: '<p>Wash at <strong>40°</strong>, dry flat.</p><script>alert(1)</script>',
  tags: ['Care guides', ' Textiles '],
});

describe('content records', () => {
  it('match the title, tags, description and the text of the rendered markdown', () => {
    expect(post.content).toContain('How to care for linen');
    expect(post.content).toContain('Care guides, Textiles');
    expect(post.content).toContain('Linen gets better');
    expect(post.content).toContain('Wash at 40°, dry flat.');
    expect(post.content).not.toContain('<strong>');
    expect(post.content).not.toContain('alert');
  });

  it('are filtered by their own type, and sort after every product by price', () => {
    expect(post.filters).toEqual({ [FILTERS.type]: ['post'] });
    expect(post.sort).toEqual({ price: NO_PRICE_SORT_KEY, name: 'how to care for linen' });
    expect(post.meta).toMatchObject({ sort_price: NO_PRICE_SORT_KEY, sort_name: 'how to care for linen' });
  });

  it('show as a card that says what they are, and as a type facet value', () => {
    expect(resultView({ url: post.url, meta: post.meta })).toMatchObject({
      url: '/blog/linen-care/',
      name: 'How to care for linen',
      brand: 'Blog post',
      price: '',
    });
    expect(valueLabel(FILTERS.type, 'post')).toBe('Blog posts');
    expect(valueLabel(FILTERS.type, 'page')).toBe('Pages');
    expect(valueLabel(FILTERS.type, 'product')).toBe('Products');
  });
});
