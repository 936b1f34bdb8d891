import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isObjectType,
  isInterfaceType,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type GraphQLCompositeType,
  type SelectionSetNode,
  type FragmentDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { VARIANTS_PAGE_LIMIT } from '../../src/lib/bigcommerce/queries/GetProductsVariantsQuery';
import { MAX_VARIANT_OPTIONS, planVariantBatches } from '../../src/lib/catalog/export/variant-batches';
import { VARIANTS_COMPLEXITY_BUDGET, variantsBatchScore } from '../../src/lib/catalog/export/variants';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const schemaPath = path.resolve(repoRoot, '../shared/bigcommerce/storefront-schema.graphql');
const hasSchema = existsSync(schemaPath);
if (!hasSchema) console.warn(`skipping catalog query checks: ${schemaPath} is absent`);

const queriesDir = path.join(repoRoot, 'src/lib/bigcommerce/queries');
const catalogQueries = readdirSync(queriesDir).filter((file) =>
  /^Get(Product|Products|Related|Category|Brands|StoreSettings)\w*Query\.ts$/.test(file),
);

async function loadDocuments(): Promise<[string, string][]> {
  const documents: [string, string][] = [];
  for (const file of catalogQueries) {
    const module = (await import(path.join(queriesDir, file))) as Record<string, unknown>;
    const name = file.replace(/\.ts$/, '');
    documents.push([name, String(module[name])]);
  }
  return documents;
}

/**
 * A multiplicative complexity model: each field costs 1, and a connection multiplies the cost of
 * what it selects by its page size (`first`, a variable's value, or BigCommerce's default of 10).
 */
function complexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, number>,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const cost = (set: SelectionSetNode, parent: GraphQLCompositeType): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value)!;
        total += cost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) as never);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += cost(selection.selectionSet, type as never);
      } else if (isObjectType(parent) || isInterfaceType(parent)) {
        const field = parent.getFields()[selection.name.value];
        if (!field) continue; // __typename
        let size = 1;
        if (field.args.some((arg) => arg.name === 'first')) {
          const first = selection.arguments?.find((arg) => arg.name.value === 'first')?.value;
          size =
            first?.kind === Kind.INT
              ? Number(first.value)
              : first?.kind === Kind.VARIABLE
                ? variables[first.name.value]
                : 10;
        }
        const child = selection.selectionSet
          ? cost(selection.selectionSet, getNamedType(field.type) as GraphQLCompositeType)
          : 0;
        total += 1 + size * child;
      }
    }
    return total;
  };
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  return cost(operation.selectionSet, schema.getQueryType()!);
}

describe.skipIf(!hasSchema)('catalog queries against the Storefront schema', async () => {
  const schema = hasSchema ? buildSchema(readFileSync(schemaPath, 'utf8')) : (undefined as never);
  const documents = await loadDocuments();
  const { PRODUCT_DETAILS_BATCH_SIZE } =
    await import('../../src/lib/bigcommerce/queries/GetProductDetailsQuery');

  it('finds every catalog query', () => {
    expect(documents.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'GetProductsQuery',
        'GetProductVariantsQuery',
        'GetCategoryTreeQuery',
        'GetBrandsQuery',
      ]),
    );
  });

  it.each(documents)('%s is valid', (_name, text) => {
    expect(validate(schema, parse(text)).map((error) => error.message)).toEqual([]);
  });

  // The largest variables the export sends: a full detail batch, and variants with the most options.
  const largest: Record<string, Record<string, number>> = {
    GetProductsVariantsQuery: {
      first: 1,
      variants: VARIANTS_PAGE_LIMIT,
      variantOptions: MAX_VARIANT_OPTIONS,
    },
  };

  it.each(documents)('%s stays well within the complexity limit of 10,000', (name, text) => {
    const variables = largest[name] ?? {
      first: PRODUCT_DETAILS_BATCH_SIZE,
      variantOptions: MAX_VARIANT_OPTIONS,
    };
    const score = complexity(schema, parse(text), variables);
    expect(score).toBeLessThanOrEqual(9_000);
  });

  it('plans variant requests that stay within 9,000 by the Storefront schema, however products are sized', () => {
    const text = documents.find(([name]) => name === 'GetProductsVariantsQuery')![1];
    const needs = Array.from({ length: 300 }, (_, i) => ({
      entityId: i + 1,
      variants: 1 + ((i * 13) % VARIANTS_PAGE_LIMIT),
      variantOptions: 1 + ((i * 5) % MAX_VARIANT_OPTIONS),
    }));
    const batches = planVariantBatches(needs, variantsBatchScore, VARIANTS_COMPLEXITY_BUDGET, 50);
    expect(batches.flatMap((batch) => batch.entityIds)).toHaveLength(needs.length);
    for (const batch of batches) {
      expect(complexity(schema, parse(text), { ...batch, entityIds: 0 })).toBeLessThanOrEqual(9_000);
    }
  });

  it('nests the category tree at least 6 levels deep', () => {
    const text = documents.find(([name]) => name === 'GetCategoryTreeQuery')![1];
    expect(text.match(/children \{/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
  });
});
