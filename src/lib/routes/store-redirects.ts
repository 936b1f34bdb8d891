/**
 * The rule turning the store's 301 redirects into lines of Netlify's `_redirects` file (pure). The
 * site serves every product, category, brand and page at its BigCommerce path, so an entity's
 * destination is the path of the `to_url` BigCommerce reports; a `url` redirect goes where it says.
 */
import { pathKey } from './site-paths';

/** A redirect as the management API gives it (`include=to_url`). */
export interface RedirectInput {
  from_path: string;
  to: { type: string; entity_id?: number; url?: string };
  to_url?: string;
}

/** One redirect's outcome: its `_redirects` line, or why it was left out. */
export type RedirectLine = { ok: true; line: string } | { ok: false; reason: string };

const ENTITY_TYPES = new Set(['product', 'category', 'brand', 'page', 'post']);

/** Netlify splits a line on white space, so spaces inside a path travel percent-encoded. */
const encodeSpaces = (path: string) => path.replace(/\s/g, (space) => encodeURIComponent(space));

function destinationOf(input: RedirectInput): string | { reason: string } {
  const { to } = input;
  if (to.type === 'url') {
    const url = to.url?.trim() ?? '';
    if (/^https?:\/\//i.test(url) || url.startsWith('/')) return url;
    return { reason: `its URL "${url}" is neither a path nor an http(s) URL` };
  }
  if (!ENTITY_TYPES.has(to.type)) return { reason: `its target type "${to.type}" is unknown` };
  if (!input.to_url) return { reason: `BigCommerce gave no URL for ${to.type} ${to.entity_id ?? '?'}` };
  try {
    const url = new URL(input.to_url);
    return url.pathname + url.search;
  } catch {
    return { reason: `its to_url "${input.to_url}" is not a URL` };
  }
}

/**
 * The `_redirects` line of one redirect, given the keys (`pathKey`) of the site's built pages. Left
 * out: a redirect from a page the site has (Netlify would not apply it over the page), one whose
 * entity is not a page of the site (it would lead to a 404), one to itself, and one whose source
 * has a query string (Netlify matches query parameters another way).
 */
export function redirectLine(input: RedirectInput, builtPageKeys: ReadonlySet<string>): RedirectLine {
  const from = input.from_path.trim();
  if (!from.startsWith('/')) return { ok: false, reason: `its source "${from}" is not a path` };
  if (from.includes('?')) return { ok: false, reason: `its source ${from} has a query string` };
  if (builtPageKeys.has(pathKey(from))) return { ok: false, reason: `${from} is a page of the site` };
  const to = destinationOf(input);
  if (typeof to !== 'string') return { ok: false, reason: to.reason };
  const internal = to.startsWith('/');
  if (internal && pathKey(to.split('?')[0]) === pathKey(from))
    return { ok: false, reason: `${from} redirects to itself` };
  if (internal && ENTITY_TYPES.has(input.to.type) && !builtPageKeys.has(pathKey(to.split('?')[0])))
    return { ok: false, reason: `its ${input.to.type} (${to}) is not a page of the site` };
  return { ok: true, line: `${encodeSpaces(from)} ${encodeSpaces(to)} 301` };
}

/** The `_redirects` block for all redirects (the first rule for a source wins) and what was left out. */
export function redirectsFile(
  inputs: readonly RedirectInput[],
  builtPageKeys: ReadonlySet<string>,
): { text: string; count: number; skipped: { from: string; reason: string }[] } {
  const lines: string[] = [];
  const seen = new Set<string>();
  const skipped: { from: string; reason: string }[] = [];
  for (const input of inputs) {
    const outcome = redirectLine(input, builtPageKeys);
    if (!outcome.ok) skipped.push({ from: input.from_path, reason: outcome.reason });
    else if (seen.has(pathKey(input.from_path)))
      skipped.push({ from: input.from_path, reason: 'an earlier redirect has the same source' });
    else {
      seen.add(pathKey(input.from_path));
      lines.push(outcome.line);
    }
  }
  const text = lines.length
    ? `# The store's 301 redirects (BigCommerce), exported by the build\n${lines.join('\n')}\n`
    : '';
  return { text, count: lines.length, skipped };
}
