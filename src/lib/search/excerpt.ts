/**
 * Pagefind's excerpts, made safe for `innerHTML`: everything is escaped except the `<mark>` tags that
 * highlight the query, which are kept balanced. Pure.
 */

const MARK_TAG = /<(\/?)mark>/g;

// Pagefind escapes the text it excerpts; an entity reference is inert text and is kept, so
// `&lt;` shows as "<" rather than as "&lt;". Any other `&` is escaped.
const BARE_AMPERSAND = /&(?!(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});)/gi;

const ESCAPES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made inert as HTML: no tags, no attributes, entity references left as they are. */
function escapeText(text: string): string {
  return text.replace(BARE_AMPERSAND, '&amp;').replace(/[<>"']/g, (char) => ESCAPES[char]);
}

/**
 * An excerpt as HTML that can only contain text and `<mark>…</mark>`: every other tag, attribute or
 * comment is shown as text; a stray `</mark>` is dropped and an unclosed `<mark>` is closed.
 */
export function sanitiseExcerpt(excerpt: string): string {
  let html = '';
  let open = false;
  let last = 0;
  for (const match of excerpt.matchAll(MARK_TAG)) {
    html += escapeText(excerpt.slice(last, match.index));
    last = match.index + match[0].length;
    const closing = match[1] === '/';
    if (closing === open) {
      html += closing ? '</mark>' : '<mark>';
      open = !closing;
    }
  }
  html += escapeText(excerpt.slice(last));
  return open ? `${html}</mark>` : html;
}
