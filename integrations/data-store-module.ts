/**
 * The catalog's data store as the pages load it. Astro hands it over as one module,
 * `export default JSON.parse("…")`, with the whole store in a single string literal, and V8's time to
 * compile that literal grows with the square of its length: 9.7 s at 30,000 products, 110 s at
 * 100,000 (BENCHMARKS.md). Cut into pieces of a few megabytes and joined when the module runs, the
 * same text compiles in linear time. The value the pages get is the same string.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The module id Astro loads the data store under. */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';
const NAME = 'storefront:data-store-module';
const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';

/** Characters per piece: small enough that each compiles fast, few enough to stay one array. */
const PIECE_CHARS = 4_000_000;

/** Where the text of a double-quoted literal may be cut at or after `from`: before an escape's `\`. */
function cutAt(body: string, from: number): number {
  for (let at = body.indexOf('\\', from); at !== -1; at = body.indexOf('\\', at + 1)) {
    let before = 0;
    while (body[at - 1 - before] === '\\') before++;
    // After an odd run of backslashes, this one is the escaped half of `\\`.
    if (before % 2 === 0) return at;
  }
  return -1;
}

/**
 * A JSON string literal (`"…"`, as `JSON.stringify` writes it) as literals of about `pieceChars`
 * each whose values, joined, are the original's value. Cuts fall only between whole escapes.
 */
export function splitStringLiteral(literal: string, pieceChars = PIECE_CHARS): string[] {
  const body = literal.slice(1, -1);
  const pieces: string[] = [];
  let start = 0;
  while (body.length - start > pieceChars) {
    const cut = cutAt(body, start + pieceChars);
    if (cut === -1) break;
    pieces.push(`"${body.slice(start, cut)}"`);
    start = cut;
  }
  pieces.push(`"${body.slice(start)}"`);
  return pieces;
}

/**
 * Astro's data-store module with its string cut into pieces, or `null` for any other shape (an empty
 * store, the chunked storage, a future Astro), which is then left as Astro wrote it.
 */
export function splitDataStoreModule(code: string, pieceChars = PIECE_CHARS): string | null {
  if (!code.startsWith(`${PREFIX}"`) || !code.endsWith(`"${SUFFIX}`)) return null;
  const literal = code.slice(PREFIX.length, -SUFFIX.length);
  const pieces = splitStringLiteral(literal, pieceChars);
  if (pieces.length < 2) return null;
  return `${PREFIX}[${pieces.join(',\n')}].join(""))`;
}

/** The Vite plugin: rewrites the data-store module after Astro loads it, keeping its metadata. */
export function dataStoreModulePlugin(pieceChars = PIECE_CHARS): Plugin {
  return {
    name: NAME,
    transform: {
      // The id holds no regular-expression syntax; the check inside serves hosts without filters.
      filter: { id: new RegExp(`^${DATA_STORE_MODULE_ID}$`) },
      handler(code, id) {
        if (id !== DATA_STORE_MODULE_ID) return null;
        const split = splitDataStoreModule(code, pieceChars);
        return split === null ? null : { code: split, map: { mappings: '' } };
      },
    },
  };
}

/** The integration: the data-store module in pieces, for the build and `astro dev` alike. */
export default function dataStoreModule(): AstroIntegration {
  return {
    name: NAME,
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [dataStoreModulePlugin()] } });
      },
    },
  };
}
