/**
 * An in-memory stand-in for Pagefind's browser API with its filter semantics, as observed in Pagefind
 * 1.6: a filter named with `[]` is only counted; `{ any }` and `{ all }` narrow; `filters` counts within
 * the filtered results, `totalFilters` within the query's results before filtering (0s without a query),
 * each only for the filters the search names; a query-less search without filters finds nothing.
 */
import type { PagefindFilters } from '../../src/lib/search/filters';
import type { PagefindApi, PagefindResponse, PagefindSearchOptions } from '../../src/lib/search/pagefind';
import type { ResultData } from '../../src/lib/search/result-view';

/** A record of the fake index. */
export interface FakeRecord {
  url: string;
  words: string;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
  meta?: ResultData['meta'];
}

function matches(record: FakeRecord, filters: PagefindFilters): boolean {
  return Object.entries(filters).every(([name, rule]) => {
    const has = record.filters[name] ?? [];
    if (Array.isArray(rule)) return rule.every((value) => has.includes(value));
    if ('any' in rule) return rule.any.length === 0 || rule.any.some((value) => has.includes(value));
    return rule.all.every((value) => has.includes(value));
  });
}

function countsOf(records: FakeRecord[], all: FakeRecord[], names: string[]) {
  const counts: Record<string, Record<string, number>> = {};
  for (const name of names) {
    counts[name] = {};
    for (const record of all) for (const value of record.filters[name] ?? []) counts[name][value] = 0;
    for (const record of records) for (const value of record.filters[name] ?? []) counts[name][value] += 1;
  }
  return counts;
}

/** The fake API over `records`, and the searches it was asked, for assertions. */
export function fakePagefind(records: FakeRecord[]): PagefindApi & { calls: PagefindSearchOptions[] } {
  const calls: PagefindSearchOptions[] = [];
  return {
    calls,
    async search(term, options = {}): Promise<PagefindResponse> {
      calls.push(options);
      const filters = options.filters ?? {};
      const names = Object.keys(filters);
      const found = term
        ? records.filter((record) =>
            term
              .toLowerCase()
              .split(/\s+/)
              .every((word) => record.words.includes(word)),
          )
        : names.length
          ? records
          : [];
      let results = found.filter((record) => matches(record, filters));
      const sort = Object.entries(options.sort ?? {})[0];
      if (sort) {
        const [key, direction] = sort;
        results = [...results].sort(
          (a, b) => a.sort[key].localeCompare(b.sort[key]) * (direction === 'asc' ? 1 : -1),
        );
      }
      return {
        results: results.map((record) => ({
          id: record.url,
          score: 1,
          data: () => Promise.resolve({ url: record.url, meta: record.meta ?? { title: record.url } }),
        })),
        unfilteredResultCount: term ? found.length : 0,
        filters: countsOf(results, records, names),
        totalFilters: term ? countsOf(found, records, names) : countsOf([], records, names),
      };
    },
    async filters() {
      const names = [...new Set(records.flatMap((record) => Object.keys(record.filters)))];
      return countsOf(records, records, names);
    },
  };
}
