/** Cutting plain text to the length a meta description or structured-data field allows. */

/** Shortens text to at most `max` characters at a word boundary, ending with "…" when cut. */
export function truncateText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const atWord = lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${atWord.replace(/[\s,.;:–—-]+$/, '')}…`;
}
