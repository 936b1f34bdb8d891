/** The sort picker: a native select, so it works with every keyboard and screen reader. */
import { SORT_OPTIONS } from '../../lib/search/contract';
import { isSortKey, type SortKey } from '../../lib/search/state';
import './facets.css';

const LABELS: Record<Exclude<SortKey, 'relevance'>, string> = {
  'price-asc': 'Price: low to high',
  'price-desc': 'Price: high to low',
  'name-asc': 'Name: A to Z',
};

/** Props of the sort picker; `relevanceLabel` names the order without a sort ("Best match"). */
export interface SortSelectProps {
  id: string;
  value: SortKey;
  relevanceLabel: string;
  onChange: (sort: SortKey) => void;
}

/** Sort by relevance (or the listing's own order), price either way, or name. */
export default function SortSelect({ id, value, relevanceLabel, onChange }: SortSelectProps) {
  return (
    <div class="sort-select">
      <label for={id}>Sort by</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const next = event.currentTarget.value;
          if (isSortKey(next)) onChange(next);
        }}
      >
        {(Object.keys(SORT_OPTIONS) as SortKey[]).map((key) => (
          <option key={key} value={key}>
            {key === 'relevance' ? relevanceLabel : LABELS[key]}
          </option>
        ))}
      </select>
    </div>
  );
}
