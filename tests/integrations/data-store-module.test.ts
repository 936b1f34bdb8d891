import { describe, expect, it } from 'vitest';
import {
  DATA_STORE_MODULE_ID,
  dataStoreModulePlugin,
  splitDataStoreModule,
  splitStringLiteral,
} from '../../integrations/data-store-module';

/** A deterministic string rich in what JSON escapes: quotes, backslashes, controls, astral letters. */
function awkwardText(length: number, seed: number): string {
  const alphabet = ['a', 'b', '"', '\\', '\\\\', '\n', '\t', '\u0001', 'é', '😀', '\u2028', '\\u'];
  let state = seed;
  let text = '';
  while (text.length < length) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    text += alphabet[state % alphabet.length];
  }
  return text;
}

/** What a module `export default <expression>` gives, run as a function body. */
const valueOf = (code: string): unknown =>
  new Function(code.replace(/^export default /, 'return '))() as unknown;

describe('splitStringLiteral', () => {
  it('cuts only between whole escapes, so the pieces join to the same value', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const text = awkwardText(300, seed);
      const literal = JSON.stringify(text);
      const pieces = splitStringLiteral(literal, 7);
      expect(pieces.length).toBeGreaterThan(10);
      expect(pieces.map((piece) => JSON.parse(piece) as string).join('')).toBe(text);
    }
  });

  it('keeps a literal shorter than a piece whole', () => {
    expect(splitStringLiteral('"short \\"one\\""', 100)).toEqual(['"short \\"one\\""']);
  });

  it('keeps a literal with no escape to cut before whole', () => {
    expect(splitStringLiteral(JSON.stringify('x'.repeat(50)), 10)).toHaveLength(1);
  });
});

describe('splitDataStoreModule', () => {
  it('gives the pages the same store from many short literals', () => {
    const store = {
      products: [{ name: 'Café "Crème" pot', html: '<p>a\\b</p>\n', sku: 'SKU-😀' }],
      text: awkwardText(2_000, 7),
    };
    const code = `export default JSON.parse(${JSON.stringify(JSON.stringify(store))})`;
    const split = splitDataStoreModule(code, 100);
    expect(split).not.toBeNull();
    expect(split!.split('\n').length).toBeGreaterThan(10);
    expect(valueOf(split!)).toEqual(store);
  });

  it('leaves modules of any other shape as Astro wrote them', () => {
    expect(splitDataStoreModule('export default new Map()', 10)).toBeNull();
    expect(splitDataStoreModule('export default{"products":[(await import("x"))]}', 10)).toBeNull();
    expect(splitDataStoreModule('export default JSON.parse("{}")', 10)).toBeNull();
  });
});

describe('dataStoreModulePlugin', () => {
  const plugin = dataStoreModulePlugin(100);
  const transform = plugin.transform as {
    filter: { id: RegExp };
    handler: (code: string, id: string) => { code: string } | null;
  };
  const code = `export default JSON.parse(${JSON.stringify(JSON.stringify({ text: awkwardText(1_000, 3) }))})`;

  it('rewrites the module Astro loads the data store under, and no other', () => {
    expect(transform.filter.id.test(DATA_STORE_MODULE_ID)).toBe(true);
    expect(transform.filter.id.test('\0astro:content')).toBe(false);
    expect(transform.filter.id.test('/src/data-layer-content.ts')).toBe(false);
    const rewritten = transform.handler(code, DATA_STORE_MODULE_ID);
    expect(rewritten).not.toBeNull();
    expect(valueOf(rewritten!.code)).toEqual(valueOf(code));
    expect(transform.handler(code, '\0astro:content')).toBeNull();
  });
});
