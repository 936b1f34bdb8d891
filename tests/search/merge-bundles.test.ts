import { describe, expect, it } from 'vitest';
import { mergeResponses, mergeSorted, sumCounts } from '../../src/lib/search/merge-bundles';
import type { PagefindResponse, PagefindResult } from '../../src/lib/search/pagefind';

/** Results of one sorted bundle, counting the records read. */
function bundle(prices: number[], reads: string[]): PagefindResult[] {
  return prices.map((price, i) => ({
    id: `${price}-${i}`,
    score: price / 100,
    data: () => {
      reads.push(`${price}`);
      return Promise.resolve({
        url: `/p-${price}/`,
        meta: { sort_price: String(price).padStart(6, '0') } as never,
      });
    },
  }));
}

const response = (results: PagefindResult[], brand: Record<string, number>): PagefindResponse => ({
  results,
  unfilteredResultCount: results.length,
  filters: { brand },
  totalFilters: { brand, price: { Under: 1 } },
});

describe('mergeSorted', () => {
  it('orders sorted bundles as one list, both ways', async () => {
    const reads: string[] = [];
    const lists = [bundle([1, 5, 9], reads), bundle([2, 3, 10], reads), bundle([4], reads)];
    const asc = mergeSorted(lists, 'price', 'asc');
    expect(await Promise.all(asc.map(async (r) => (await r.data()).url))).toEqual(
      [1, 2, 3, 4, 5, 9, 10].map((p) => `/p-${p}/`),
    );
    const desc = mergeSorted(
      [bundle([9, 5, 1], []), bundle([10, 3, 2], []), bundle([4], [])],
      'price',
      'desc',
    );
    expect(await Promise.all(desc.map(async (r) => (await r.data()).url))).toEqual(
      [10, 9, 5, 4, 3, 2, 1].map((p) => `/p-${p}/`),
    );
  });

  it('reads only the records asked for and the next of each bundle', async () => {
    const reads: string[] = [];
    const merged = mergeSorted(
      [bundle([1, 5, 9, 11], reads), bundle([2, 3, 10, 12], reads), bundle([4, 6], reads)],
      'price',
      'asc',
    );
    expect(merged).toHaveLength(10);
    await Promise.all(merged.slice(0, 2).map((r) => r.data()));
    // The two asked for, and then the next of each bundle: 4, 5 and 3 are not read until needed.
    expect(reads.sort()).toEqual(['1', '2', '4', '5']);
  });

  it('keeps every position right when a read fails, and reads it again when asked again', async () => {
    let fail = true;
    const flaky: PagefindResult = {
      id: 'flaky',
      score: 0,
      data: () =>
        fail
          ? ((fail = false), Promise.reject(new Error('offline')))
          : Promise.resolve({ url: '/p-2/', meta: { sort_price: '000002' } as never }),
    };
    const merged = mergeSorted([bundle([1, 3], []), [flaky]], 'price', 'asc');
    const later = merged[2].data();
    await expect(merged[0].data()).rejects.toThrow('offline');
    await expect(later).rejects.toThrow(/earlier result/);
    expect((await merged[2].data()).url).toBe('/p-3/');
    expect((await merged[0].data()).url).toBe('/p-1/');
    expect((await merged[1].data()).url).toBe('/p-2/');
  });
});

describe('mergeResponses', () => {
  it('sums counts and orders unsorted results by relevance', async () => {
    const merged = mergeResponses([
      response(bundle([300, 100], []), { Orbit: 2 }),
      response(bundle([200], []), { Orbit: 1, Fern: 1 }),
    ]);
    expect(merged.results.map((r) => r.score)).toEqual([3, 2, 1]);
    expect(merged.unfilteredResultCount).toBe(3);
    expect(merged.filters).toEqual({ brand: { Orbit: 3, Fern: 1 } });
    expect(merged.totalFilters.price).toEqual({ Under: 2 });
  });

  it('sums counts of filters only some bundles hold', () => {
    expect(sumCounts([{ a: { x: 1 } }, { b: { y: 2 } }, { a: { x: 2, z: 0 } }])).toEqual({
      a: { x: 3, z: 0 },
      b: { y: 2 },
    });
  });
});
