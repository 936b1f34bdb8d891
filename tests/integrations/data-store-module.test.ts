import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DATA_STORE_MODULE_ID,
  dataStoreModulePlugin,
  fileDataStoreModule,
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

/** Astro's module of the store text `text`. */
const astroModule = (text: string) => `export default JSON.parse(${JSON.stringify(text)})`;

/** What a module reading files gives, run with `readFileSync` at hand. */
const valueReading = async (code: string): Promise<unknown> => {
  const { readFileSync } = await import('node:fs');
  const body = code.replace(/^import .*\n/, '').replace(/^export default /, 'return ');
  return new Function('readFileSync', body)(readFileSync) as unknown;
};

describe('fileDataStoreModule', () => {
  const text = JSON.stringify({ text: awkwardText(500, 11) });

  it('reads the store file when the module holds exactly its text', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'data-store-'));
    try {
      const file = path.join(dir, 'data-store "1".json');
      await writeFile(file, text);
      const code = fileDataStoreModule(astroModule(text), text, file);
      expect(code).toMatch(/readFileSync/);
      expect(code).not.toContain(text.slice(0, 40));
      expect(await valueReading(code!)).toEqual(JSON.parse(text));
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('refuses a module of other text, or of another shape', () => {
    expect(fileDataStoreModule(astroModule(`${text} `), text, '/x.json')).toBeNull();
    expect(fileDataStoreModule(astroModule(text), `${text} `, '/x.json')).toBeNull();
    expect(fileDataStoreModule('export default new Map()', text, '/x.json')).toBeNull();
  });
});

describe('dataStoreModulePlugin', () => {
  type Transform = {
    filter: { id: RegExp };
    handler: (this: { warn: (message: string) => void }, code: string, id: string) => { code: string } | null;
  };
  let warnings: string[] = [];
  /** The plugin's transform, run as Vite would, with its warnings collected in `warnings`. */
  const transformOf = (options: Parameters<typeof dataStoreModulePlugin>[0]) => {
    const transform = dataStoreModulePlugin(options).transform as Transform;
    warnings = [];
    const context = { warn: (message: string) => void warnings.push(message) };
    return {
      filter: transform.filter,
      handler: (code: string, id: string) => transform.handler.call(context, code, id),
    };
  };
  const text = JSON.stringify({ text: awkwardText(1_000, 3) });
  const code = astroModule(text);
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'data-store-'));
  });
  afterAll(() => rm(dir, { recursive: true }));

  it('rewrites the module Astro loads the data store under, and no other', () => {
    const transform = transformOf({ pieceChars: 100 });
    expect(transform.filter.id.test(DATA_STORE_MODULE_ID)).toBe(true);
    expect(transform.filter.id.test('\0astro:content')).toBe(false);
    expect(transform.filter.id.test('/src/data-layer-content.ts')).toBe(false);
    const rewritten = transform.handler(code, DATA_STORE_MODULE_ID);
    expect(rewritten).not.toBeNull();
    expect(valueOf(rewritten!.code)).toEqual(valueOf(code));
    expect(transform.handler(code, '\0astro:content')).toBeNull();
  });

  it('in a build, has the module read the store file that matches it', async () => {
    const storeFile = path.join(dir, 'data-store.json');
    await writeFile(storeFile, text);
    const rewritten = transformOf({ pieceChars: 100, storeFile }).handler(code, DATA_STORE_MODULE_ID);
    expect(rewritten!.code).toMatch(/readFileSync/);
    expect(await valueReading(rewritten!.code)).toEqual(valueOf(code));
    expect(warnings).toEqual([]);
  });

  it('cuts the literal instead when the store file is missing or differs', async () => {
    const stale = path.join(dir, 'stale.json');
    await writeFile(stale, JSON.stringify({ text: 'older' }));
    for (const storeFile of [stale, path.join(dir, 'missing.json')]) {
      const rewritten = transformOf({ pieceChars: 100, storeFile }).handler(code, DATA_STORE_MODULE_ID);
      expect(rewritten!.code).not.toMatch(/readFileSync/);
      expect(valueOf(rewritten!.code)).toEqual(valueOf(code));
      expect(warnings).toEqual([expect.stringContaining(storeFile)]);
    }
  });
});
