/** Results as a grid of cards, with "Show more" while there are more; focus moves to the first new card. */
import { useEffect, useRef } from 'preact/hooks';
import ResultCard from './ResultCard';
import type { SearchView } from './use-search';
import './results.css';

/** Props of the result grid. */
export interface ResultGridProps {
  view: Pick<SearchView, 'cards' | 'total' | 'shown' | 'loadingMore'>;
  onMore: () => void;
  showExcerpt?: boolean;
  /** What the results are called: "results" or "products". */
  noun: string;
}

/** The grid; after "Show more", the first added card's link takes focus so keyboard users carry on there. */
export default function ResultGrid({ view, onMore, showExcerpt, noun }: ResultGridProps) {
  const { cards, total, shown, loadingMore } = view;
  const list = useRef<HTMLUListElement>(null);
  const focusFrom = useRef<number | undefined>(undefined);
  useEffect(() => {
    const from = focusFrom.current;
    if (from === undefined || cards.length <= from) return;
    focusFrom.current = undefined;
    list.current?.children[from]?.querySelector('a')?.focus();
  }, [cards]);
  return (
    <>
      <ul class="product-grid result-grid" role="list" ref={list}>
        {cards.map((card, index) => (
          <li key={card.url}>
            <ResultCard view={card} showExcerpt={showExcerpt} eager={index < 4} />
          </li>
        ))}
      </ul>
      {shown < total && (
        <p class="result-grid__more">
          <button
            type="button"
            class="button button--ghost"
            disabled={loadingMore}
            onClick={() => {
              focusFrom.current = cards.length;
              onMore();
            }}
          >
            {loadingMore ? 'Loading…' : `Show more ${noun}`}
          </button>
          <span class="result-grid__progress">
            Showing {shown} of {total}
          </span>
        </p>
      )}
    </>
  );
}
