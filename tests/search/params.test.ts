import { describe, expect, it } from 'vitest';
import { isFilterName, narrowsListing } from '../../src/lib/search/params';

describe('filter parameters', () => {
  it('knows the fixed filters and option filters from other parameters', () => {
    expect(['brand', 'category', 'availability', 'price', 'type', 'option:Colour'].every(isFilterName)).toBe(
      true,
    );
    expect(['q', 'sort', 'page', 'utm_source', 'option:', 'option: '].some(isFilterName)).toBe(false);
  });

  it('tells a filtered or sorted listing from one with other parameters', () => {
    expect(narrowsListing('?brand=Kiln')).toBe(true);
    expect(narrowsListing('?option%3AColour=Red')).toBe(true);
    expect(narrowsListing('?utm_source=mail&sort=price-asc')).toBe(true);
    expect(narrowsListing('?utm_source=mail&q=mug')).toBe(false);
    expect(narrowsListing('')).toBe(false);
  });
});
