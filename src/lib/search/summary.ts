/** The sentence that sums up a search's results, shown and announced to screen readers. Pure. */

/** "12 results for “mug”", "1 product", "No results for “xyzzy”". */
export function resultSummary(total: number, query: string, noun: 'results' | 'products'): string {
  const one = noun === 'results' ? 'result' : 'product';
  const count = total === 0 ? `No ${noun}` : `${total} ${total === 1 ? one : noun}`;
  return query ? `${count} for “${query}”` : count;
}
