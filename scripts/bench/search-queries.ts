/**
 * The three queries `bench:search` times, picked from the generated catalog it built: an exact variant
 * SKU, a rare word (the least common of six letters or more) and the word most products contain. Pure.
 */
import { htmlToText } from '../../src/lib/catalog/sanitise';

/** What the picker reads of a product. */
export interface QueryProduct {
  sku: string;
  name: string;
  description: string;
  variants: readonly { sku: string }[];
  /** A hidden product has no page and no record, so nothing finds it. */
  isVisible?: boolean;
}

/** One timed query, and how many products hold it. */
export interface BenchQuery {
  label: 'exact SKU' | 'rare word' | 'common word';
  query: string;
  products: number;
}

const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

/** How many products contain each word (four letters or more) of their name or description. */
export function wordFrequencies(products: readonly QueryProduct[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const product of products) {
    for (const word of words(`${product.name} ${htmlToText(product.description)}`)) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/** The bench's queries for `products`; the same catalog always gives the same three. */
export function benchQueries(products: readonly QueryProduct[]): BenchQuery[] {
  const shown = products.filter((product) => product.isVisible !== false);
  if (!shown.length) throw new Error('bench:search needs at least one visible product to search for');
  const middle = shown[Math.floor(shown.length / 2)];
  const sku = middle.variants[0]?.sku ?? middle.sku;
  const ranked = [...wordFrequencies(products)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [common, commonCount] = ranked[0];
  const rare = ranked.filter(([word]) => word.length >= 6).at(-1) ?? ranked.at(-1)!;
  return [
    { label: 'exact SKU', query: sku, products: 1 },
    { label: 'rare word', query: rare[0], products: rare[1] },
    { label: 'common word', query: common, products: commonCount },
  ];
}
