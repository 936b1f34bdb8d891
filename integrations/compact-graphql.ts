/**
 * GraphQL documents as the browser gets them: without the indentation, commas and comments they are
 * written with (graphql-js's `stripIgnoredCharacters`), since their text ships in the product page's
 * JS, which has a size budget. Source files keep their readable layout, and the fidelity tests read
 * those; only the client bundle is compacted.
 */
import { stripIgnoredCharacters } from 'graphql';
import type { Plugin } from 'vite';

/** A `${…}` in a template, held by a name while the text around it is compacted (names stay whole). */
const hole = (index: number) => `__interpolation${index}__`;
const HOLES = /__interpolation(\d+)__/;

/**
 * Compacts the text parts of a template literal holding a GraphQL document, keeping each `${…}` in
 * place: `['query Q {\n  a ', '\n}']` becomes `['query Q{a ', '}']`. Throws on text GraphQL cannot read.
 */
export function compactGraphQL(parts: readonly string[]): string[] {
  const joined = parts.map((part, index) => (index ? hole(index - 1) : '') + part).join('');
  const pieces = stripIgnoredCharacters(joined).split(HOLES);
  const compacted = pieces.filter((_, index) => index % 2 === 0);
  const order = pieces.filter((_, index) => index % 2 === 1).map(Number);
  if (compacted.length !== parts.length || order.some((at, index) => at !== index)) {
    throw new Error(`Cannot compact the GraphQL document starting "${parts[0].trim().slice(0, 40)}"`);
  }
  return compacted;
}

/** The part of an ESTree node this file reads. */
interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

interface TemplateElement extends Node {
  value: { raw: string; cooked: string | null };
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** Every template literal passed first to a `graphql(…)` call in the program. */
function documentTemplates(node: unknown, found: Node[] = []): Node[] {
  if (Array.isArray(node)) {
    for (const child of node) documentTemplates(child, found);
  } else if (isNode(node)) {
    const [first] = (node.arguments as unknown[] | undefined) ?? [];
    const callee = node.callee as Node | undefined;
    if (node.type === 'CallExpression' && callee?.type === 'Identifier' && callee.name === 'graphql') {
      if (isNode(first) && first.type === 'TemplateLiteral') found.push(first);
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'type') documentTemplates(child, found);
  }
  return found;
}

/**
 * A module's code with the GraphQL documents it builds (`graphql(\`…\`)`) compacted; `program` is the
 * code parsed to ESTree. A template with escapes is left as written.
 */
export function compactGraphQLDocuments(code: string, program: unknown): string {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const template of documentTemplates(program)) {
    const quasis = template.quasis as TemplateElement[];
    if (quasis.some((quasi) => quasi.value.raw !== quasi.value.cooked)) continue;
    const compacted = compactGraphQL(quasis.map((quasi) => quasi.value.raw));
    quasis.forEach((quasi, index) =>
      edits.push({ start: quasi.start, end: quasi.end, text: compacted[index] }),
    );
  }
  let result = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** The Vite plugin: compacts the documents of `src/lib/bigcommerce/` in the browser's bundle. */
export function compactGraphQLPlugin(): Plugin {
  return {
    name: 'storefront:compact-graphql',
    // `astro dev` serves the documents as written, with true source maps.
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    transform: {
      filter: { id: /[\\/]src[\\/]lib[\\/]bigcommerce[\\/].*\.ts$/, code: /\bgraphql\(/ },
      handler(code) {
        const compacted = compactGraphQLDocuments(code, this.parse(code));
        // Lines after a document move up; the client build writes no source maps to keep in step.
        return compacted === code ? null : { code: compacted, map: null };
      },
    },
  };
}
