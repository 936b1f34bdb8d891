/** Merchant HTML → HTML safe to render: a maintained allowlist sanitiser (sanitize-html) with our policy. */
import sanitizeHtml from 'sanitize-html';

const ALLOWED_TAGS = [
  ...['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'div', 'span', 'blockquote', 'pre', 'code'],
  ...['ul', 'ol', 'li', 'dl', 'dt', 'dd'],
  ...['table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
  ...['a', 'img', 'figure', 'figcaption'],
  ...['strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'small', 'sub', 'sup', 'mark', 'abbr', 'cite', 'q'],
];

// No `style`, no `on*` handlers, no `class`/`id` that could hook into the site's own CSS or scripts.
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title', 'target', 'rel'],
  img: ['src', 'alt', 'title', 'width', 'height', 'loading', 'decoding'],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
  col: ['span'],
  colgroup: ['span'],
  ol: ['start', 'reversed', 'type'],
  abbr: ['title'],
  q: ['cite'],
};

const POLICY: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: ALLOWED_ATTRIBUTES,
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: true,
  disallowedTagsMode: 'discard',
  transformTags: {
    // The page's own <h1> is the product name, so merchant top-level headings step down one level.
    h1: 'h2',
    a: (tagName, attribs) => {
      const attributes = { ...attribs };
      if (attributes.target === '_blank') attributes.rel = 'noopener noreferrer';
      else delete attributes.target;
      return { tagName, attribs: attributes };
    },
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy', decoding: 'async' } }),
  },
  // An image whose src was removed as unsafe would render as a broken icon: drop it.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

/** Sanitises merchant HTML: no scripts, handlers, `javascript:`/`data:` URLs, iframes or inline styles. */
export function sanitiseHtml(html: string): string {
  return sanitizeHtml(html ?? '', POLICY).trim();
}

/** The attribute Astro's markdown pipeline marks a local or remote image with, resolved when rendered. */
export const ASTRO_IMAGE_MARKER = '__ASTRO_IMAGE_';

const MARKDOWN_POLICY: sanitizeHtml.IOptions = {
  ...POLICY,
  // Astro's marker is upper case; names that differ only in case are not on the allowlist anyway.
  parser: { lowerCaseAttributeNames: false },
  allowedAttributes: {
    ...ALLOWED_ATTRIBUTES,
    img: [...ALLOWED_ATTRIBUTES.img, ASTRO_IMAGE_MARKER],
  },
  transformTags: {
    ...POLICY.transformTags,
    // A marked image gets its loading attributes from astro:assets when rendered.
    img: (tagName, attribs) =>
      attribs[ASTRO_IMAGE_MARKER]
        ? { tagName, attribs }
        : { tagName, attribs: { ...attribs, loading: 'lazy', decoding: 'async' } },
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src && !frame.attribs[ASTRO_IMAGE_MARKER],
};

/**
 * Sanitises the HTML Astro rendered from marketers' markdown by the same policy as `sanitiseHtml`,
 * keeping Astro's image markers. Only safe when the markdown's raw HTML was sanitised first (see
 * `content/markdown.ts`), so that no marker in the output came from the author.
 */
export function sanitiseRenderedMarkdown(html: string): string {
  return sanitizeHtml(html ?? '', MARKDOWN_POLICY).trim();
}

/** Elements whose start and end separate words: every block of HTML's flow content, plus `br`. */
const WORD_BREAK_TAGS = [
  ...['address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'div', 'dl', 'dd', 'dt', 'fieldset'],
  ...['figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'main', 'nav', 'section', 'summary'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'pre', 'hr', 'br', 'li', 'ol', 'ul', 'menu'],
  ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'img', 'video', 'audio', 'iframe'],
];

const TEXT_POLICY: sanitizeHtml.IOptions = {
  // Word-break tags are kept, bare, only to be turned into spaces below; everything else is unwrapped.
  allowedTags: WORD_BREAK_TAGS,
  allowedAttributes: {},
  disallowedTagsMode: 'discard',
  // Elements whose content is not readable text; comments are always dropped.
  nonTextTags: ['script', 'style', 'noscript', 'template', 'textarea', 'option', 'select', 'xmp', 'title'],
};

/**
 * The readable text of merchant HTML, entities decoded and whitespace collapsed: the one text step for
 * meta descriptions, structured data and search.
 */
export function htmlToText(html: string): string {
  // sanitize-html decodes every entity while parsing, then escapes only `&`, `<` and `>` in text, so
  // its output's only tags are the bare word-break tags, and undoing those three escapes (`&amp;`
  // last, so "&amp;lt;" stays "&lt;") restores the text exactly.
  return sanitizeHtml(html ?? '', TEXT_POLICY)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
