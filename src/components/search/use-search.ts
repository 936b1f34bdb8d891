/**
 * Runs a search whenever it changes and keeps what the view shows: cards for the results on screen
 * only (`data()` is fetched a page at a time), the total and the facets. A late answer to an older
 * search is dropped.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { buildFacets, type Facet } from '../../lib/search/facets';
import type { SearchScope } from '../../lib/search/filters';
import { filtersLoaded, indexFilters, loadPagefind, type PagefindResult } from '../../lib/search/pagefind';
import { resultView, type ResultView } from '../../lib/search/result-view';
import { facetNames, runSearch } from '../../lib/search/run-search';
import { hasFilters, keepFilters, searchFromState, type SearchState } from '../../lib/search/state';

/** Where a search is: not asked yet, under way, answered, or failed. */
export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What the search's view shows. */
export interface SearchView {
  status: SearchStatus;
  total: number;
  cards: ResultView[];
  /** Results whose records were read (a record without a page address gives no card). */
  shown: number;
  facets: Facet[];
  loadingMore: boolean;
}

/** How to search: in a scope, without some facets, so many cards at a time; prices in `currency`. */
export interface SearchOptions {
  scope?: SearchScope;
  hiddenFacets?: readonly string[];
  pageSize: number;
  currency?: string;
}

const IDLE: SearchView = { status: 'idle', total: 0, cards: [], shown: 0, facets: [], loadingMore: false };

async function cardsOf(results: readonly PagefindResult[]): Promise<ResultView[]> {
  const records = await Promise.all(results.map((result) => result.data()));
  return records.map(resultView).filter((view) => view !== undefined);
}

/** The view of `state`'s search, and a function that shows the next page of results. */
export function useSearch(state: SearchState, options: SearchOptions): [SearchView, () => void] {
  const { scope, hiddenFacets, pageSize, currency } = options;
  const [view, setView] = useState<SearchView>(IDLE);
  const results = useRef<PagefindResult[]>([]);
  const generation = useRef(0);
  const key = searchFromState(state);

  useEffect(() => {
    const run = ++generation.current;
    if (!state.query && !hasFilters(state) && !scope) {
      results.current = [];
      setView(IDLE);
      return;
    }
    setView((current) => ({ ...current, status: 'loading' }));
    const current = () => run === generation.current;
    void (async () => {
      try {
        const show = async (found: PagefindResult[], facetsOf: (total: number) => Facet[]) => {
          const first = found.slice(0, pageSize);
          const cards = await cardsOf(first);
          if (!current()) return false;
          results.current = found;
          const total = found.length;
          setView({
            status: 'ready',
            total,
            cards,
            shown: first.length,
            facets: facetsOf(total),
            loadingMore: false,
          });
          return true;
        };
        const api = await loadPagefind();
        // Counting facets needs the whole filter index, which a cold page has not fetched: there the
        // results show first, from a search that counts nothing, and the facets follow.
        const early =
          !filtersLoaded() &&
          (await show((await runSearch(api, { state, scope, facets: [] })).results, () => []));
        if (!current()) return;
        const facets = facetNames(await indexFilters(api), scope, hiddenFacets);
        const wanted = keepFilters(state, facets);
        const outcome = await runSearch(api, { state: wanted, scope, facets });
        if (!current()) return;
        const facetsOf = (total: number) =>
          buildFacets(facets, outcome.counts, wanted.filters, total, currency);
        // `keepFilters` only drops filters: as many left means the early results were these.
        if (early && Object.keys(wanted.filters).length === Object.keys(state.filters).length) {
          setView((view) => ({ ...view, facets: facetsOf(view.total) }));
        } else {
          await show(outcome.results, facetsOf);
        }
      } catch {
        if (current()) setView({ ...IDLE, status: 'error' });
      }
    })();
    // `key` stands for `state`; the scope and facets are fixed for the island's life.
  }, [key]);

  const showMore = () => {
    const run = generation.current;
    const from = view.shown;
    const next = results.current.slice(from, from + pageSize);
    setView((current) => ({ ...current, loadingMore: true }));
    cardsOf(next).then(
      (cards) => {
        if (run !== generation.current) return;
        setView((current) => ({
          ...current,
          cards: [...current.cards, ...cards],
          shown: from + next.length,
          loadingMore: false,
        }));
      },
      () => {
        if (run === generation.current) setView((current) => ({ ...current, loadingMore: false }));
      },
    );
  };

  return [view, showMore];
}
