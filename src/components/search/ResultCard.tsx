/** One search result: picture, brand, name (the link), price and, on the search page, the excerpt. */
import type { ResultView } from '../../lib/search/result-view';
import { IMAGE_BOX } from '../../lib/images';

/** Props of a result card. */
export interface ResultCardProps {
  view: ResultView;
  showExcerpt?: boolean;
  eager?: boolean;
}

/** A card like the listing grid's; text is rendered as text, the excerpt is sanitised HTML. */
export default function ResultCard({ view, showExcerpt = false, eager = false }: ResultCardProps) {
  return (
    <article class="result-card">
      <img
        class="result-card__image"
        {...view.image}
        width={IMAGE_BOX.width}
        height={IMAGE_BOX.height}
        loading={eager ? 'eager' : 'lazy'}
        decoding="async"
      />
      <div class="result-card__body">
        {view.brand && <p class="result-card__brand">{view.brand}</p>}
        <h3 class="result-card__name">
          <a href={view.url}>{view.name}</a>
        </h3>
        {showExcerpt && view.excerptHtml && (
          // Sanitised: text and <mark> only (src/lib/search/excerpt.ts).
          <p class="result-card__excerpt" dangerouslySetInnerHTML={{ __html: view.excerptHtml }} />
        )}
        {view.price && <p class="result-card__price">{view.price}</p>}
      </div>
    </article>
  );
}
