/**
 * Searches several Pagefind bundles as one index. Pagefind's own `mergeIndex` sorts merged results by
 * relevance even when a sort is asked for, so each bundle is searched on its own and their answers are
 * joined here: counts are summed, relevance results ordered by score, and sorted results merged by
 * their sort keys, which each record's metadata carries (`sortMetaKey`). A sorted merge reads a
 * result's data only when it is asked for, plus the next result of each bundle, to compare them.
 * Pure: it composes the searches it is given.
 */
import { sortMetaKey } from './contract';
import type { FilterCounts } from './facets';
import type { PagefindApi, PagefindResponse, PagefindResult, PagefindSearchOptions } from './pagefind';
import type { ResultData } from './result-view';

/** Each filter's value counts, summed across bundles. */
export function sumCounts(counts: readonly FilterCounts[]): FilterCounts {
  const sum: Record<string, Record<string, number>> = {};
  for (const each of counts) {
    for (const [name, values] of Object.entries(each)) {
      const into = (sum[name] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return sum;
}

// Pagefind compares sort keys as text, code point by code point; the keys are written so that this
// is their order (prices zero-padded, names folded).
const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The results of sorted bundles as one sorted list whose `data()` resolves the merged order lazily. */
export function mergeSorted(
  lists: readonly (readonly PagefindResult[])[],
  sort: string,
  direction: 'asc' | 'desc',
): PagefindResult[] {
  const cursors = lists.map(() => 0);
  const heads = new Map<number, Promise<ResultData>>();
  const ordered: Promise<ResultData>[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  const keyOf = (data: ResultData) =>
    (data.meta as Record<string, string | undefined>)[sortMetaKey(sort)] ?? '';

  const headOf = (list: number): Promise<ResultData> => {
    let head = heads.get(list);
    if (!head) {
      head = lists[list][cursors[list]].data();
      // A failed read is tried again by the next step rather than failing every later one.
      head.catch(() => heads.delete(list));
      heads.set(list, head);
    }
    return head;
  };

  const step = async (): Promise<ResultData> => {
    const live = lists.map((_, list) => list).filter((list) => cursors[list] < lists[list].length);
    const data = await Promise.all(live.map(headOf));
    let best = 0;
    for (let i = 1; i < live.length; i++) {
      const order = compareKeys(keyOf(data[i]), keyOf(data[best]));
      if (direction === 'asc' ? order < 0 : order > 0) best = i;
    }
    heads.delete(live[best]);
    cursors[live[best]]++;
    return data[best];
  };

  // Positions are answered in order, one step each. A failed step moves no cursor: the positions
  // from it on are forgotten, and asked again they are stepped afresh.
  let generation = 0;
  const at = (position: number): Promise<ResultData> => {
    while (ordered.length <= position) {
      const index = ordered.length;
      const own = generation;
      const next = queue.then(() => {
        if (own !== generation) throw new Error('An earlier result could not be read');
        return step();
      });
      next.catch(() => {
        if (own !== generation) return;
        generation++;
        ordered.length = Math.min(ordered.length, index);
      });
      queue = next.catch(() => undefined);
      ordered.push(next);
    }
    return ordered[position];
  };

  const total = lists.reduce((sum, list) => sum + list.length, 0);
  return Array.from({ length: total }, (_, position) => ({
    id: `merged-${position}`,
    score: 0,
    data: () => at(position),
  }));
}

/** One response from each bundle's answer to the same search. */
export function mergeResponses(
  responses: readonly PagefindResponse[],
  options: PagefindSearchOptions = {},
): PagefindResponse {
  const [sort] = Object.entries(options.sort ?? {});
  const lists = responses.map((response) => response.results);
  return {
    results: sort ? mergeSorted(lists, sort[0], sort[1]) : lists.flat().sort((a, b) => b.score - a.score),
    unfilteredResultCount: responses.reduce((sum, response) => sum + response.unfilteredResultCount, 0),
    filters: sumCounts(responses.map((response) => response.filters)),
    totalFilters: sumCounts(responses.map((response) => response.totalFilters)),
  };
}

/** The bundles' searches as one API; a single bundle is returned as it is. */
export function mergeBundles(bundles: readonly PagefindApi[]): PagefindApi {
  if (bundles.length === 1) return bundles[0];
  return {
    async search(term, options) {
      const responses = await Promise.all(bundles.map((bundle) => bundle.search(term, options)));
      return mergeResponses(responses, options);
    },
    async filters() {
      return sumCounts(await Promise.all(bundles.map((bundle) => bundle.filters())));
    },
  };
}
