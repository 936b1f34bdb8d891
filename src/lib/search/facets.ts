/**
 * The facets a shopper sees: each filter's values with the number of results choosing it would give,
 * in a sensible order, never a value that would give none. Pure.
 */
import { AVAILABILITY_VALUES, FILTERS, optionNameOf, recordTypeName } from './contract';
import { sortPriceBands } from './price-bands';
import type { SelectedFilters } from './state';

/** Result counts by value, by filter name, as Pagefind reports them. */
export type FilterCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** One value of a facet. */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

/** One facet: a filter, its heading and its values. */
export interface Facet {
  name: string;
  label: string;
  values: FacetValue[];
}

const FIXED_ORDER: readonly string[] = [
  FILTERS.type,
  FILTERS.category,
  FILTERS.brand,
  FILTERS.price,
  FILTERS.availability,
];

const LABELS: Readonly<Record<string, string>> = {
  [FILTERS.type]: 'Type',
  [FILTERS.category]: 'Category',
  [FILTERS.brand]: 'Brand',
  [FILTERS.price]: 'Price',
  [FILTERS.availability]: 'Availability',
};

/** A facet's heading: "Brand", or an option's own name ("Colour"). */
export function facetLabel(name: string): string {
  return LABELS[name] ?? optionNameOf(name) ?? name;
}

/** A value as shown: the record type "product" as "Products", other values as they are. */
export function valueLabel(name: string, value: string): string {
  return name === FILTERS.type ? (recordTypeName(value, 'many') ?? value) : value;
}

/** The order facets are shown in: the fixed filters first, then options A to Z. */
export function facetOrder(names: readonly string[]): string[] {
  const rank = (name: string) => {
    const fixed = FIXED_ORDER.indexOf(name);
    return fixed === -1 ? FIXED_ORDER.length : fixed;
  };
  return [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compareValues(name: string): (a: string, b: string) => number {
  if (name === FILTERS.availability) {
    const rank = (value: string) => {
      const index = (AVAILABILITY_VALUES as readonly string[]).indexOf(value);
      return index === -1 ? AVAILABILITY_VALUES.length : index;
    };
    return (a, b) => rank(a) - rank(b) || collator.compare(a, b);
  }
  return (a, b) => collator.compare(a, b);
}

/**
 * The facets to show for `names`, from the counts of each. A value is shown when choosing it gives
 * results, or when it is chosen (so it can be un-chosen). A facet none of whose values would narrow
 * `resultCount` results, and with nothing chosen, is left out. Price bands are ordered cheapest first
 * in the index's `currency`.
 */
export function buildFacets(
  names: readonly string[],
  counts: FilterCounts,
  selected: SelectedFilters,
  resultCount: number,
  currency?: string,
): Facet[] {
  const facets: Facet[] = [];
  for (const name of facetOrder(names)) {
    const chosen = selected[name] ?? [];
    const found = counts[name] ?? {};
    const shown = [...new Set([...Object.keys(found), ...chosen])]
      .filter((value) => (found[value] ?? 0) > 0 || chosen.includes(value))
      .sort(compareValues(name));
    const ordered = name === FILTERS.price && currency ? sortPriceBands(shown, currency) : shown;
    const values = ordered.map((value) => ({
      value,
      label: valueLabel(name, value),
      count: found[value] ?? 0,
      selected: chosen.includes(value),
    }));
    const narrows = values.some((value) => value.count < resultCount);
    if (chosen.length > 0 || (values.length > 0 && narrows))
      facets.push({ name, label: facetLabel(name), values });
  }
  return facets;
}
