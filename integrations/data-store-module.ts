/**
 * The catalog's data store as the pages load it. Astro hands it over as one module,
 * `export default JSON.parse("…")`, with the whole store in a single string literal: the bundler then
 * parses, renders and writes a quarter of a gigabyte at 100,000 products, and V8's time to compile
 * that literal grows with the square of its length (110 s at 100,000, BENCHMARKS.md).
 * - In a build, where the module only ever runs in this process while the pages render, it reads the
 *   store file Astro just wrote instead, once the module is checked to hold exactly that file's text.
 * - Otherwise (`astro dev`, or a file that does not match), the literal is cut into pieces of a few
 *   megabytes joined when the module runs, which compile in linear time.
 * Either way the pages get the same string.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
 * The string literal of Astro's data-store module, or `null` for any other shape (an empty store, the
 * chunked storage, a future Astro), which is then left as Astro wrote it.
 */
const storeLiteral = (code: string): string | null =>
  code.startsWith(`${PREFIX}"`) && code.endsWith(`"${SUFFIX}`)
    ? code.slice(PREFIX.length, -SUFFIX.length)
    : null;

/** Astro's data-store module with its string cut into pieces, or `null` (see `storeLiteral`). */
export function splitDataStoreModule(code: string, pieceChars = PIECE_CHARS): string | null {
  const literal = storeLiteral(code);
  if (literal === null) return null;
  const pieces = splitStringLiteral(literal, pieceChars);
  if (pieces.length < 2) return null;
  return `${PREFIX}[${pieces.join(',\n')}].join(""))`;
}

/**
 * The data-store module reading `file` when it runs, if `code` is Astro's module of exactly `text`
 * (that file's contents as read now), or `null`.
 */
export function fileDataStoreModule(code: string, text: string, file: string): string | null {
  if (storeLiteral(code) !== JSON.stringify(text)) return null;
  return `import { readFileSync } from 'node:fs';\n${PREFIX}readFileSync(${JSON.stringify(file)}, 'utf8')${SUFFIX}`;
}

/** Settings of the plugin. */
export interface DataStoreModuleOptions {
  /** Characters per piece of a cut literal. */
  pieceChars?: number;
  /** In a build: the store file Astro wrote, which the module may read when it runs. */
  storeFile?: string;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The Vite plugin: rewrites the data-store module after Astro loads it, keeping its metadata. */
export function dataStoreModulePlugin({
  pieceChars = PIECE_CHARS,
  storeFile,
}: DataStoreModuleOptions = {}): Plugin {
  return {
    name: NAME,
    transform: {
      // The id holds no regular-expression syntax; the check inside serves hosts without filters.
      filter: { id: new RegExp(`^${DATA_STORE_MODULE_ID}$`) },
      handler(code, id) {
        if (id !== DATA_STORE_MODULE_ID) return null;
        let rewritten: string | null = null;
        if (storeFile !== undefined) {
          const text = readText(storeFile);
          rewritten = text === undefined ? null : fileDataStoreModule(code, text, storeFile);
          // Still correct, only slower: say so, as a moved store file would otherwise go unnoticed.
          if (rewritten === null && storeLiteral(code) !== null)
            this.warn(`${storeFile} does not hold the data store being built; cutting the module instead`);
        }
        rewritten ??= splitDataStoreModule(code, pieceChars);
        return rewritten === null ? null : { code: rewritten, map: { mappings: '' } };
      },
    },
  };
}

/** The data store's file name in Astro's `cacheDir`, where a build keeps it (`astro dev` keeps it elsewhere). */
export const BUILD_STORE_FILE = 'data-store.json';

/** The integration: in a build the module reads Astro's store file; elsewhere its literal is cut. */
export default function dataStoreModule(): AstroIntegration {
  return {
    name: NAME,
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const storeFile =
          command === 'build' ? fileURLToPath(new URL(BUILD_STORE_FILE, config.cacheDir)) : undefined;
        updateConfig({ vite: { plugins: [dataStoreModulePlugin({ storeFile })] } });
      },
    },
  };
}
