import { describe, expect, it } from 'vitest';
import { benchQueries, wordFrequencies } from '../../scripts/bench/search-queries';

const product = (sku: string, name: string, description: string, variants: string[] = []) => ({
  sku,
  name,
  description,
  variants: variants.map((each) => ({ sku: each })),
});

const catalog = [
  product('A-1', 'Oak Table', '<p>A sturdy <b>table</b> of solid wood.</p>', ['A-1-S', 'A-1-L']),
  product('B-2', 'Oak Shelf', '<p>Solid wood, walnut finish.</p>', ['B-2-S']),
  product('C-3', 'Glass Vase', '<p>Handblown glass on a wood base.</p>'),
];

describe('bench:search queries', () => {
  it('counts each word once per product, from the name and the description text', () => {
    const counts = wordFrequencies(catalog);
    expect(counts.get('table')).toBe(1);
    expect(counts.get('wood')).toBe(3);
    expect(counts.get('solid')).toBe(2);
    expect(counts.has('oak')).toBe(false);
    expect(counts.has('<p>')).toBe(false);
  });

  it('picks the middle product’s first variant SKU, a rare long word and the commonest word', () => {
    expect(benchQueries(catalog)).toEqual([
      { label: 'exact SKU', query: 'B-2-S', products: 1 },
      { label: 'rare word', query: 'walnut', products: 1 },
      { label: 'common word', query: 'wood', products: 3 },
    ]);
  });

  it('searches for a visible product’s SKU, since a hidden one is in no page and no record', () => {
    const hiddenMiddle = [catalog[0], { ...catalog[1], isVisible: false }, catalog[2]];
    expect(benchQueries(hiddenMiddle)[0]).toEqual({ label: 'exact SKU', query: 'C-3', products: 1 });
  });

  it('uses the product SKU when the product has no variants', () => {
    expect(benchQueries([catalog[2]])[0]).toEqual({ label: 'exact SKU', query: 'C-3', products: 1 });
  });
});
