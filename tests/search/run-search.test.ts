import { describe, expect, it } from 'vitest';
import { filterSearches, pagefindFilters } from '../../src/lib/search/filters';
import { facetNames, runSearch } from '../../src/lib/search/run-search';
import { EMPTY_STATE, type SearchState } from '../../src/lib/search/state';
import { fakePagefind, type FakeRecord } from './fake-pagefind';

const record = (
  url: string,
  brand: string,
  colours: string[],
  price: string,
  category: string[],
): FakeRecord => ({
  url,
  words: `${url} mug`,
  filters: { type: ['product'], brand: [brand], 'option:Colour': colours, price: [price], category },
  sort: { price: price === 'low' ? '000000001000' : '000000009000', name: url },
});

const records = [
  record('/a/', 'Kiln', ['Red', 'Blue'], 'low', ['Kitchen', 'Mugs']),
  record('/b/', 'Kiln', ['Red'], 'high', ['Kitchen', 'Mugs']),
  record('/c/', 'Brass', ['Blue'], 'low', ['Kitchen', 'Mugs']),
  record('/d/', 'Brass', ['Green'], 'high', ['Garden', 'Mugs']),
  record('/e/', 'Lumen', ['Red'], 'high', ['Garden']),
];

const facets = ['brand', 'option:Colour', 'price'];
const search = (state: Partial<SearchState>, scope = {}) =>
  runSearch(fakePagefind(records), { state: { ...EMPTY_STATE, ...state }, scope, facets });
const urls = async (outcome: ReturnType<typeof search>) =>
  Promise.all((await outcome).results.map(async (result) => (await result.data()).url));

describe('the filters given to Pagefind', () => {
  it('counts every facet, widens within a facet, narrows across facets and keeps to the scope', () => {
    expect(pagefindFilters({ category: ['Kitchen', 'Mugs'] }, { brand: ['Kiln', 'Brass'] }, facets)).toEqual({
      brand: { any: ['Kiln', 'Brass'] },
      'option:Colour': [],
      price: [],
      category: { all: ['Kitchen', 'Mugs'] },
    });
  });

  it('counts a chosen facet with a search of its own, unless the query’s totals already count it', () => {
    const selected = { brand: ['Kiln'], price: ['low'] };
    expect(filterSearches({}, selected, facets, true).map((each) => each.facet)).toEqual([
      undefined,
      'brand',
      'price',
    ]);
    expect(filterSearches({}, { brand: ['Kiln'] }, facets, true)).toHaveLength(1);
    expect(filterSearches({}, { brand: ['Kiln'] }, facets, false)).toHaveLength(2);
    expect(filterSearches({ category: ['Kitchen'] }, { brand: ['Kiln'] }, facets, true)).toHaveLength(2);
  });
});

describe('runSearch', () => {
  it('finds what the query matches, with each facet’s counts', async () => {
    const outcome = await search({ query: 'mug' });
    expect(outcome.results).toHaveLength(5);
    expect(outcome.counts.brand).toEqual({ Kiln: 2, Brass: 2, Lumen: 1 });
  });

  it('widens with a second value of a facet and counts that facet as if nothing in it were chosen', async () => {
    const outcome = await search({ query: 'mug', filters: { brand: ['Kiln', 'Lumen'] } });
    expect(await urls(Promise.resolve(outcome))).toEqual(['/a/', '/b/', '/e/']);
    expect(outcome.counts.brand).toEqual({ Kiln: 2, Brass: 2, Lumen: 1 });
    expect(outcome.counts['option:Colour']).toEqual({ Red: 3, Blue: 1, Green: 0 });
  });

  it('gives each value the count it alone would give alongside the other facets’ choices', async () => {
    const state = { query: 'mug', filters: { brand: ['Kiln'], 'option:Colour': ['Red'] } };
    const outcome = await search(state);
    for (const [name, counts] of Object.entries(outcome.counts)) {
      for (const [value, count] of Object.entries(counts)) {
        const chosen = state.filters[name as keyof typeof state.filters] ?? [];
        if (chosen.includes(value)) continue;
        const wider = await search({ ...state, filters: { ...state.filters, [name]: [value] } });
        expect(wider.results.length, `${name}=${value}`).toBe(count);
      }
    }
  });

  it('narrows a scoped listing without a query, its counts within the scope', async () => {
    const outcome = await search({ filters: { price: ['high'] } }, { category: ['Kitchen', 'Mugs'] });
    expect(await urls(Promise.resolve(outcome))).toEqual(['/b/']);
    expect(outcome.counts.price).toEqual({ low: 2, high: 1 });
    expect(outcome.counts.brand).toEqual({ Kiln: 1, Brass: 0, Lumen: 0 });
  });

  it('sorts the results, and only the results', async () => {
    const api = fakePagefind(records);
    const outcome = await runSearch(api, {
      state: {
        ...EMPTY_STATE,
        query: 'mug',
        sort: 'price-desc',
        filters: { brand: ['Kiln'], price: ['low'] },
      },
      facets,
    });
    const found = await Promise.all(outcome.results.map(async (result) => (await result.data()).url));
    expect(found).toEqual(['/a/']);
    expect(api.calls.map((call) => Boolean(call.sort))).toEqual([true, false, false]);
    const all = await urls(search({ query: 'mug', sort: 'price-asc' }));
    expect(all.slice(0, 2).sort()).toEqual(['/a/', '/c/']);
  });

  it('offers the index’s filters less the scope’s and the hidden ones', async () => {
    const all = await fakePagefind(records).filters();
    expect(facetNames(all, { category: ['Kitchen'] }, ['type']).sort()).toEqual([
      'brand',
      'option:Colour',
      'price',
    ]);
  });
});
