/** The facets as groups of checkboxes, each value with the number of results choosing it gives. */
import { useState } from 'preact/hooks';
import type { Facet } from '../../lib/search/facets';
import { toggleFilter, type SearchState } from '../../lib/search/state';
import './facets.css';

/** Props of the facet filters. */
export interface FacetFiltersProps {
  facets: readonly Facet[];
  /** The search now (the facets may be a moment older, from the search before). */
  state: SearchState;
  /** Hears the search with a value ticked or unticked. */
  onChange: (next: SearchState) => void;
  /** Unique per page, for the checkboxes' ids. */
  idPrefix: string;
}

/** Values shown before "Show all": a brand facet of a large catalog may have hundreds. */
const FIRST_VALUES = 8;

const results = (count: number) => `${count} ${count === 1 ? 'result' : 'results'}`;

/** One fieldset per facet; a chosen value stays even when the other choices leave it no results. */
export default function FacetFilters({ facets, state, onChange, idPrefix }: FacetFiltersProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  return (
    <>
      {facets.map((facet, facetIndex) => {
        const long = facet.values.length > FIRST_VALUES + 1;
        const all = expanded.has(facet.name) || !long;
        const shown = all
          ? facet.values
          : facet.values.filter((value, index) => index < FIRST_VALUES || value.selected);
        return (
          <fieldset class="facet" key={facet.name}>
            <legend class="facet__legend">{facet.label}</legend>
            <ul class="facet__values" role="list">
              {shown.map((value) => {
                const id = `${idPrefix}-${facetIndex}-${facet.values.indexOf(value)}`;
                return (
                  <li key={value.value}>
                    <input
                      type="checkbox"
                      id={id}
                      class="facet__checkbox"
                      checked={state.filters[facet.name]?.includes(value.value) ?? false}
                      onChange={() => onChange(toggleFilter(state, facet.name, value.value))}
                    />
                    <label for={id} class="facet__label">
                      {value.label}
                      <span class="facet__count">
                        <span aria-hidden="true">{value.count}</span>
                        <span class="visually-hidden">, {results(value.count)}</span>
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
            {long && (
              <button
                type="button"
                class="search-link-button facet__more"
                aria-expanded={all}
                onClick={() => {
                  const next = new Set(expanded);
                  if (all) next.delete(facet.name);
                  else next.add(facet.name);
                  setExpanded(next);
                }}
              >
                {all ? 'Show fewer' : `Show all ${facet.values.length}`}
                <span class="visually-hidden"> {facet.label} values</span>
              </button>
            )}
          </fieldset>
        );
      })}
    </>
  );
}
