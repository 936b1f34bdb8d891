/** No results: what was searched, what to try instead, and the top categories to browse. */

/** A category link the page passes in. */
export interface CategoryLink {
  name: string;
  path: string;
}

/** Props of the empty state. */
export interface SearchEmptyProps {
  query: string;
  filtered: boolean;
  onClearFilters: () => void;
  categories: readonly CategoryLink[];
}

/** The empty state; with filters chosen it offers to clear them first. */
export default function SearchEmpty({ query, filtered, onClearFilters, categories }: SearchEmptyProps) {
  return (
    <section class="search-empty" aria-labelledby="search-empty-title">
      <h2 id="search-empty-title">
        {query ? `No results for “${query}”` : 'No products match these filters'}
      </h2>
      <ul class="search-empty__tips">
        {filtered && (
          <li>
            <button type="button" class="search-link-button" onClick={onClearFilters}>
              Clear all filters
            </button>{' '}
            to search everything.
          </li>
        )}
        {query && <li>Check the spelling, or try another word for the same thing.</li>}
        {query && <li>Use fewer or more general words: “mug” finds more than “small speckled mug”.</li>}
        {query && <li>Search by brand, or by the SKU on the label.</li>}
      </ul>
      <CategoryLinks categories={categories} />
    </section>
  );
}

/** "Browse by category": links to the top categories, or nothing when there are none. */
export function CategoryLinks({ categories }: { categories: readonly CategoryLink[] }) {
  if (categories.length === 0) return null;
  return (
    <nav class="search-categories" aria-label="Browse by category">
      <p class="search-categories__title">Or browse by category:</p>
      <ul class="chip-list" role="list">
        {categories.map((category) => (
          <li key={category.path}>
            <a href={category.path}>{category.name}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
