/** The rating summary: a star bar for the eye and a sentence for everyone else. */
import type { Product } from '../../lib/catalog/schema';

/** Stars filled (0–100 %) and the text alternative; undefined without reviews. */
export interface RatingView {
  percent: number;
  text: string;
}

/** Summarises reviews, e.g. "Rated 4.3 out of 5 from 12 reviews". */
export function ratingView(rating: Product['rating']): RatingView | undefined {
  if (!rating || rating.count <= 0) return undefined;
  const average = Math.min(5, Math.max(0, rating.average));
  const rounded = Math.round(average * 10) / 10;
  const reviews = rating.count === 1 ? '1 review' : `${rating.count.toLocaleString('en-US')} reviews`;
  return { percent: Math.round((average / 5) * 100), text: `Rated ${rounded} out of 5 from ${reviews}` };
}
