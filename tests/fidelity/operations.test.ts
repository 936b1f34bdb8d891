/**
 * Every GraphQL operation in src/lib/bigcommerce/{queries,mutations} must be valid against BigCommerce's
 * real Storefront schema and against the local store's SDL, so the site works on both. New operation
 * files are picked up automatically.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, Kind, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { GraphQLDocument } from '../../src/lib/bigcommerce/graphql';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const realSchemaPath = path.resolve(repoRoot, '../shared/bigcommerce/storefront-schema.graphql');
const localSchemaPath = path.resolve(repoRoot, 'local-store/schema.graphql');

/** The cart operations this project ships; catalog operations come on top. */
const CART_OPERATIONS = [
  'GetCartQuery',
  'CreateCartMutation',
  'AddCartLineItemsMutation',
  'UpdateCartLineItemMutation',
  'DeleteCartLineItemMutation',
  'DeleteCartMutation',
  'CreateCartRedirectUrlsMutation',
];

interface Found {
  label: string;
  document: GraphQLDocument;
}

const isDocument = (value: unknown): value is GraphQLDocument =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as GraphQLDocument).source === 'string' &&
  Array.isArray((value as GraphQLDocument).fragments);

function documentsIn(modules: Record<string, unknown>): Found[] {
  return Object.entries(modules).flatMap(([file, exports]) =>
    Object.entries(exports as Record<string, unknown>)
      .filter(([, value]) => isDocument(value))
      .map(([name, value]) => ({
        label: `${path.basename(file)}#${name}`,
        document: value as GraphQLDocument,
      })),
  );
}

const operations = documentsIn(
  import.meta.glob('/src/lib/bigcommerce/{queries,mutations}/*.ts', { eager: true }),
);
const fragments = documentsIn(import.meta.glob('/src/lib/bigcommerce/fragments/*.ts', { eager: true }));

const parsed = new Map<Found, DocumentNode>(
  operations.map((found) => [found, parse(String(found.document))]),
);
const operationNameOf = (found: Found) =>
  parsed
    .get(found)!
    .definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value] : []));
const fragmentNamesIn = (document: DocumentNode) =>
  document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : []));

describe('GraphQL operations in the project', () => {
  it('finds every operation file, the cart operations among them', () => {
    expect(operations.length).toBeGreaterThanOrEqual(CART_OPERATIONS.length);
    const names = operations.flatMap(operationNameOf);
    expect(names).toEqual(expect.arrayContaining(CART_OPERATIONS));
  });

  it.each(operations)('$label has exactly one operation, and it is named', (found) => {
    const names = operationNameOf(found);
    expect(names).toHaveLength(1);
    expect(names[0], 'operation name').toMatch(/^[_A-Za-z]\w*$/);
  });

  it('gives every operation a different name', () => {
    const names = operations.flatMap(operationNameOf);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it('uses every fragment defined under fragments/', () => {
    const used = new Set([...parsed.values()].flatMap(fragmentNamesIn));
    const defined = fragments.flatMap((found) =>
      fragmentNamesIn(parse(found.document.source)).map((name) => `${found.label} (${name})`),
    );
    expect(defined.length).toBeGreaterThan(0);
    expect(defined.filter((entry) => !used.has(entry.slice(entry.lastIndexOf('(') + 1, -1)))).toEqual([]);
  });
});

function validatesAgainst(schemaName: string, schemaPath: string) {
  const present = existsSync(schemaPath);
  if (!present) console.warn(`operations: ${schemaName} checks skipped, ${schemaPath} is absent`);
  describe.skipIf(!present)(`operations are valid against ${schemaName}`, () => {
    let schema: GraphQLSchema;
    const schemaFor = () => (schema ??= buildSchema(readFileSync(schemaPath, 'utf8')));

    it.each(operations)('$label', (found) => {
      const problems = validate(schemaFor(), parsed.get(found)!).map((error) => error.message);
      expect(problems).toEqual([]);
    });
  });
}

validatesAgainst("BigCommerce's Storefront schema", realSchemaPath);
validatesAgainst("the local store's schema", localSchemaPath);
