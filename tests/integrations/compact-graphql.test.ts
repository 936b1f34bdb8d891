import { parse, print } from 'graphql';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';
import { compactGraphQL, compactGraphQLDocuments } from '../../integrations/compact-graphql';
import type { GraphQLDocument } from '../../src/lib/bigcommerce/graphql';

const documents = Object.entries(
  import.meta.glob<Record<string, unknown>>('/src/lib/bigcommerce/{queries,mutations,fragments}/*.ts', {
    eager: true,
  }),
).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => typeof (value as GraphQLDocument | undefined)?.source === 'string')
    .map(([name, value]) => ({ label: `${file}#${name}`, text: String(value) })),
);

/** A module's code as ESTree, as the plugin gets it from Rolldown. */
const parseAst = (code: string) => parseSync('module.js', code).program;

/** A document's meaning: the same for any layout. */
const meaning = (text: string) => print(parse(text));

/** Runs a module's code that builds `Q` with `graphql` returning its text as sent. */
const run = (code: string) =>
  new Function('graphql', `${code}\nreturn Q;`)((text: string) => text.trim()) as string;

describe('compactGraphQL', () => {
  it.each(documents)('sends $label with the same meaning in fewer characters', ({ text }) => {
    const [compacted] = compactGraphQL([text]);
    expect(meaning(compacted)).toBe(meaning(text));
    expect(compacted.length).toBeLessThan(text.length);
    expect(compacted).not.toMatch(/\n| {2}/);
  });

  it('drops comments and commas but keeps strings as written', () => {
    expect(compactGraphQL(['query Q {\n  a(s: "x,  y", n: 1) # why\n  b\n}'])).toEqual([
      'query Q{a(s:"x,  y" n:1)b}',
    ]);
  });
});

describe('compactGraphQLDocuments', () => {
  it('compacts the text around `${…}` and keeps each interpolation in its place', () => {
    const code = [
      "const fields = 'prices { value } inventory { isInStock }';",
      'const Q = graphql(`',
      '  query Q($id: Int!, $after: String) {',
      '    product(id: $id) {',
      '      ${fields}',
      '      variants(after: $after) { edges { node { entityId ${fields} } } }',
      '    }',
      '  }',
      '`, []);',
    ].join('\n');
    const compacted = compactGraphQLDocuments(code, parseAst(code));
    expect(compacted).toContain(
      'graphql(`query Q($id:Int!$after:String){product(id:$id){${fields} variants(after:$after){edges{node{entityId ${fields}}}}}}`, []);',
    );
    expect(meaning(run(compacted))).toBe(meaning(run(code)));
  });

  it('leaves other templates, and documents written with escapes, as they are', () => {
    const code = 'const note = `a  b`;\nconst Q = graphql(`query Q {\\n  a\\u0020b }`);';
    expect(compactGraphQLDocuments(code, parseAst(code))).toBe(code);
  });
});
