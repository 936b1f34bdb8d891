/**
 * A category or brand page's filter bar, mounted when the shopper asks for it: facets and the sort
 * narrow the listing from the search index, in place of the static grid, with the state in the URL.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { FILTERS } from '../../lib/search/contract';
import type { SearchScope } from '../../lib/search/filters';
import {
  DEFAULT_SORT,
  hasFilters,
  searchFromState,
  stateFromSearch,
  type SearchState,
} from '../../lib/search/state';
import { resultSummary } from '../../lib/search/summary';
import FacetFilters from './FacetFilters';
import ResultGrid from './ResultGrid';
import SearchEmpty from './SearchEmpty';
import SortSelect from './SortSelect';
import { useSearch } from './use-search';

/** Props of the filter bar. */
export interface ListingFiltersProps {
  scope: SearchScope;
  currency?: string;
  /** The server-rendered products, hidden while the filtered ones show. */
  staticListing: HTMLElement | null;
  startOpen: boolean;
  /** Focus the bar's button once shown (it replaced the one the shopper pressed). */
  takeFocus: boolean;
}

const PAGE_SIZE = 24;
// The scope fixes the category; the type is always "product" here.
const HIDDEN_FACETS = [FILTERS.category, FILTERS.type];

/** A listing's state: its filters and sort, never a query. */
const listingState = (search: string): SearchState => ({ ...stateFromSearch(search), query: '' });

/** The bar: a toggle for the panel, the count, "Clear", the panel, and the filtered grid. */
export default function ListingFilters({
  scope,
  currency,
  staticListing,
  startOpen,
  takeFocus,
}: ListingFiltersProps) {
  const [open, setOpen] = useState(startOpen);
  const [state, setState] = useState(() => listingState(location.search));
  const toggle = useRef<HTMLButtonElement>(null);
  const [view, showMore] = useSearch(state, {
    scope,
    hiddenFacets: HIDDEN_FACETS,
    pageSize: PAGE_SIZE,
    currency,
  });
  const chosen = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
  const active = hasFilters(state) || state.sort !== DEFAULT_SORT;
  const filtering = active && view.status !== 'error';

  useEffect(() => {
    if (takeFocus) toggle.current?.focus();
    const restore = () => setState(listingState(location.search));
    addEventListener('popstate', restore);
    return () => removeEventListener('popstate', restore);
  }, []);

  useEffect(() => {
    if (staticListing) staticListing.hidden = filtering;
  }, [filtering]);

  const commit = (next: SearchState) => {
    setState(next);
    history.pushState(null, '', `${location.pathname}${searchFromState(next, location.search)}`);
  };
  const clear = () => commit({ ...state, filters: {}, sort: DEFAULT_SORT });

  return (
    <>
      <div class="listing-filters__bar">
        <button
          type="button"
          class="button button--ghost"
          ref={toggle}
          aria-expanded={open}
          aria-controls="listing-filters-panel"
          onClick={() => setOpen(!open)}
        >
          Filter and sort{chosen > 0 ? ` (${chosen})` : ''}
        </button>
        {active && (
          <button type="button" class="search-link-button" onClick={clear}>
            Clear filters
          </button>
        )}
        <p class="listing-filters__status" role="status">
          {filtering && view.status === 'ready' ? resultSummary(view.total, '', 'products') : ''}
          {view.status === 'error' ? 'Filters are not available right now.' : ''}
        </p>
      </div>
      <div id="listing-filters-panel" class="listing-filters__panel" hidden={!open}>
        <SortSelect
          id="listing-sort"
          value={state.sort}
          relevanceLabel="Featured"
          onChange={(sort) => commit({ ...state, sort })}
        />
        <div class="listing-filters__facets">
          <FacetFilters facets={view.facets} state={state} idPrefix="listing-facet" onChange={commit} />
        </div>
      </div>
      {filtering && (
        <section aria-labelledby="listing-filtered-title" aria-busy={view.status === 'loading'}>
          <h2 id="listing-filtered-title" class="visually-hidden">
            Filtered products
          </h2>
          {view.status === 'ready' && view.total === 0 ? (
            <SearchEmpty query="" filtered onClearFilters={clear} categories={[]} />
          ) : (
            <ResultGrid view={view} onMore={showMore} noun="products" />
          )}
        </section>
      )}
    </>
  );
}
