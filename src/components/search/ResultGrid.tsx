/** Results as a grid of cards, with "Show more" while there are more; focus moves to the first new card. */
import { useEffect, useRef } from 'preact/hooks';
import type { ResultView } from '../../lib/search/result-view';
import ResultCard from './ResultCard';

/** Props of the result grid. */
export interface ResultGridProps {
  cards: readonly ResultView[];
  total: number;
  /** Results shown so far (a record without a page address is skipped, so it may exceed `cards`). */
  shown: number;
  loadingMore: boolean;
  onMore: () => void;
  showExcerpt?: boolean;
  /** What the results are called: "results" or "products". */
  noun: string;
}

/** The grid; after "Show more", the first added card's link takes focus so keyboard users carry on there. */
export default function ResultGrid({
  cards,
  total,
  shown,
  loadingMore,
  onMore,
  showExcerpt,
  noun,
}: ResultGridProps) {
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
      <ul class="result-grid" role="list" ref={list}>
        {cards.map((view, index) => (
          <li key={view.url}>
            <ResultCard view={view} showExcerpt={showExcerpt} eager={index < 4} />
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
