import { describe, expect, it } from 'vitest';
import {
  EMPTY_STATE,
  hasFilters,
  keepFilters,
  searchFromState,
  stateFromSearch,
  toggleFilter,
} from '../../src/lib/search/state';

describe('a search in the URL', () => {
  it('reads the query, the sort and every filter value', () => {
    const state = stateFromSearch(
      '?q=+speckled+mug+&brand=Kiln+Street&brand=Hearth+%26+Iron&option%3AColour=Sage&sort=price-asc',
    );
    expect(state).toEqual({
      query: 'speckled mug',
      sort: 'price-asc',
      filters: { brand: ['Kiln Street', 'Hearth & Iron'], 'option:Colour': ['Sage'] },
    });
  });

  it('ignores parameters that are not filters, an unknown sort, blank and repeated values', () => {
    const state = stateFromSearch('?q=mug&utm_source=mail&sort=cheapest&brand=&brand=A&brand=A&option%3A=x');
    expect(state).toEqual({ query: 'mug', sort: 'relevance', filters: { brand: ['A'] } });
  });

  it('writes a search back that reads the same, whatever order the values were chosen in', () => {
    const state = {
      query: 'café crème',
      sort: 'name-asc' as const,
      filters: { price: ['$25 to $50'], brand: ['Ö & Co', 'A&B'], 'option:Size': ['20 cm'] },
    };
    const search = searchFromState(state);
    expect(stateFromSearch(search)).toEqual({
      ...state,
      filters: { brand: ['A&B', 'Ö & Co'], 'option:Size': ['20 cm'], price: ['$25 to $50'] },
    });
    expect(searchFromState({ ...state, filters: { ...state.filters, brand: ['A&B', 'Ö & Co'] } })).toBe(
      search,
    );
  });

  it('leaves the default sort and an empty search out of the URL', () => {
    expect(searchFromState(EMPTY_STATE)).toBe('');
    expect(searchFromState({ ...EMPTY_STATE, query: 'mug' })).toBe('?q=mug');
  });

  it('keeps the page’s other parameters, and replaces its old search', () => {
    expect(
      searchFromState({ ...EMPTY_STATE, query: 'pot' }, '?utm_source=mail&q=mug&brand=A&sort=name-asc'),
    ).toBe('?utm_source=mail&q=pot');
  });
});

describe('changing a search', () => {
  it('chooses a value, then un-chooses it, dropping the filter once empty', () => {
    const once = toggleFilter(EMPTY_STATE, 'brand', 'A');
    expect(once.filters).toEqual({ brand: ['A'] });
    expect(hasFilters(once)).toBe(true);
    const twice = toggleFilter(toggleFilter(once, 'brand', 'B'), 'brand', 'A');
    expect(twice.filters).toEqual({ brand: ['B'] });
    expect(toggleFilter(twice, 'brand', 'B').filters).toEqual({});
    expect(hasFilters(toggleFilter(twice, 'brand', 'B'))).toBe(false);
  });

  it('keeps only the filters a page offers', () => {
    const state = stateFromSearch('?brand=A&category=Kitchen&option%3AColour=Red');
    expect(keepFilters(state, ['brand', 'option:Colour']).filters).toEqual({
      brand: ['A'],
      'option:Colour': ['Red'],
    });
  });

  it('treats the same choices in another order as the same search', () => {
    const a = toggleFilter(toggleFilter(EMPTY_STATE, 'brand', 'A'), 'brand', 'B');
    const b = toggleFilter(toggleFilter(EMPTY_STATE, 'brand', 'B'), 'brand', 'A');
    expect(searchFromState(a)).toBe(searchFromState(b));
    expect(searchFromState(a)).not.toBe(searchFromState({ ...b, sort: 'price-desc' }));
  });
});
