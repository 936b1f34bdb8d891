/**
 * The /search/ page's island: the query box, results with "Show more", facets with live counts and
 * the sort, all mirrored in the URL. Pagefind loads on first search, from the built index.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { SEARCH_PAGE_PATH } from '../../lib/search/contract';
import { resultSummary } from '../../lib/search/summary';
import {
  EMPTY_STATE,
  hasFilters,
  searchFromState,
  stateFromSearch,
  type SearchState,
} from '../../lib/search/state';
import FacetFilters from './FacetFilters';
import ResultGrid from './ResultGrid';
import SearchEmpty, { CategoryLinks, type CategoryLink } from './SearchEmpty';
import SortSelect from './SortSelect';
import { useSearch } from './use-search';
import './search.css';

/** Props of the search page island. */
export interface SearchPageProps {
  /** The top categories, for the empty state. */
  categories: readonly CategoryLink[];
  /** The store's currency, the index's prices' (for the order of price bands). */
  currency: string;
}

/** Typing searches after this pause. */
const TYPING_DELAY_MS = 150;
const PAGE_SIZE = 24;

/** The search page; its state is the URL's, and Back and Forward restore it. */
export default function SearchPage({ categories, currency }: SearchPageProps) {
  const [state, setState] = useState<SearchState>(EMPTY_STATE);
  const [draft, setDraft] = useState('');
  const [mounted, setMounted] = useState(false);
  // On narrow screens the facets fold away behind a button, so the results come first.
  const [facetsOpen, setFacetsOpen] = useState(false);
  // True while typing has an entry of its own in the history, which later keystrokes replace.
  const typing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const [view, showMore] = useSearch(state, { pageSize: PAGE_SIZE, currency });

  useEffect(() => {
    const restore = () => {
      const restored = stateFromSearch(location.search);
      clearTimeout(timer.current);
      typing.current = false;
      setState(restored);
      setDraft(restored.query);
    };
    restore();
    setMounted(true);
    addEventListener('popstate', restore);
    return () => removeEventListener('popstate', restore);
  }, []);

  const commit = (next: SearchState, replace = false) => {
    setState(next);
    const url = `${location.pathname}${searchFromState(next, location.search)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  };

  const commitChoice = (next: SearchState, replace = false) => {
    clearTimeout(timer.current);
    typing.current = false;
    commit(next, replace);
  };

  const onInput = (text: string) => {
    setDraft(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      commit({ ...state, query: text.trim() }, typing.current);
      typing.current = true;
    }, TYPING_DELAY_MS);
  };

  const filtered = hasFilters(state);
  const clearFilters = () => commitChoice({ ...state, filters: {} });
  const asked = Boolean(state.query) || filtered;
  const empty = view.status === 'ready' && view.total === 0;
  const emptyState = (
    <SearchEmpty
      query={state.query}
      filtered={filtered}
      onClearFilters={clearFilters}
      categories={categories}
    />
  );

  return (
    <div class="search-page">
      <form
        class="search-page__form"
        role="search"
        aria-label="Search"
        action={SEARCH_PAGE_PATH}
        method="get"
        onSubmit={(event) => {
          event.preventDefault();
          // After typing, its own history entry becomes the submitted search.
          commitChoice({ ...state, query: draft.trim() }, typing.current);
        }}
      >
        <label for="search-page-query" class="search-page__label">
          What are you looking for?
        </label>
        <div class="search-page__field">
          <input
            id="search-page-query"
            type="search"
            name="q"
            value={draft}
            autocomplete="off"
            enterkeyhint="search"
            onInput={(event) => onInput(event.currentTarget.value)}
          />
          <button type="submit" class="button">
            Search
          </button>
        </div>
      </form>
      <p class="search-page__status" role="status">
        {view.status === 'ready' ? resultSummary(view.total, state.query, 'results') : ''}
        {view.status === 'error' ? 'Search is not available right now. Please try again later.' : ''}
      </p>
      {mounted && !asked && (
        <div class="search-page__prompt">
          <p>Search by product name, brand, SKU or a word from the description.</p>
          <CategoryLinks categories={categories} />
        </div>
      )}
      {view.status === 'error' && <CategoryLinks categories={categories} />}
      {asked &&
        view.status !== 'error' &&
        (empty && !filtered ? (
          emptyState
        ) : (
          <div class="search-page__layout" aria-busy={view.status === 'loading'}>
            <aside
              class={`search-page__facets${facetsOpen ? ' search-page__facets--open' : ''}`}
              aria-labelledby="search-facets-title"
            >
              <h2 id="search-facets-title" class="search-page__facets-title">
                Filter results
              </h2>
              <button
                type="button"
                class="button button--ghost search-page__facets-toggle"
                aria-expanded={facetsOpen}
                aria-controls="search-facet-list"
                onClick={() => setFacetsOpen(!facetsOpen)}
              >
                {facetsOpen ? 'Hide filters' : 'Show filters'}
              </button>
              <div id="search-facet-list" class="search-page__facet-list">
                {filtered && (
                  <button type="button" class="search-link-button" onClick={clearFilters}>
                    Clear all filters
                  </button>
                )}
                <FacetFilters
                  facets={view.facets}
                  state={state}
                  idPrefix="search-facet"
                  onChange={(next) => commitChoice(next)}
                />
              </div>
            </aside>
            <section class="search-page__results" aria-labelledby="search-results-title">
              <div class="search-page__toolbar">
                <h2 id="search-results-title" class="visually-hidden">
                  Results
                </h2>
                <SortSelect
                  id="search-sort"
                  value={state.sort}
                  relevanceLabel="Best match"
                  onChange={(sort) => commitChoice({ ...state, sort })}
                />
              </div>
              {empty ? emptyState : <ResultGrid view={view} onMore={showMore} showExcerpt noun="results" />}
            </section>
          </div>
        ))}
    </div>
  );
}
