import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { measureOperation } from '../../local-store/core/limits';
import { localSchema } from '../../local-store/core/schema';
import { estimateComplexity } from '../../src/lib/bigcommerce/complexity';
import type { GraphQLDocument } from '../../src/lib/bigcommerce/graphql';
import { GetProductDetailsQuery } from '../../src/lib/bigcommerce/queries/GetProductDetailsQuery';
import { GetProductVariantsQuery } from '../../src/lib/bigcommerce/queries/GetProductVariantsQuery';
import {
  GetProductsVariantsQuery,
  VARIANTS_PAGE_LIMIT,
} from '../../src/lib/bigcommerce/queries/GetProductsVariantsQuery';
import type { ApiOption } from '../../src/lib/catalog/api-types';
import {
  MAX_VARIANT_OPTIONS,
  planVariantBatches,
  variantNeed,
  type VariantNeed,
} from '../../src/lib/catalog/export/variant-batches';
import { VARIANTS_COMPLEXITY_BUDGET, variantsBatchScore } from '../../src/lib/catalog/export/variants';

/** The local store's score for a document: BigCommerce's rule as the store enforces it. */
function storeScore(document: GraphQLDocument, variables: Record<string, unknown>): number {
  const parsed = parse(String(document));
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of parsed.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const operation = parsed.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  return measureOperation(localSchema(), operation, fragments, variables).complexity;
}

const option = (isVariantOption: boolean, values: number): ApiOption => ({
  __typename: 'MultipleChoiceOption',
  entityId: values,
  displayName: 'Size',
  isRequired: true,
  isVariantOption,
  values: {
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: Array.from({ length: values }, (_, i) => ({
      node: { entityId: i, label: `${i}`, isDefault: false },
    })),
  },
});

describe('estimateComplexity', () => {
  it.each([
    ['GetProductDetailsQuery', GetProductDetailsQuery, { entityIds: [1, 2, 3], first: 10 }],
    ['GetProductVariantsQuery', GetProductVariantsQuery, { entityId: 1, after: null, variantOptions: 3 }],
    [
      'GetProductsVariantsQuery',
      GetProductsVariantsQuery,
      { entityIds: [1], first: 7, variants: 12, variantOptions: 2 },
    ],
  ] as const)('scores %s as the local store does', (_name, document, variables) => {
    expect(estimateComplexity(document, variables)).toBe(storeScore(document, variables));
  });
});

describe('variantNeed', () => {
  it('expects one variant per combination of variant option values, and counts the variant options', () => {
    expect(variantNeed(7, [option(true, 3), option(false, 9), option(true, 4)], 50)).toEqual({
      entityId: 7,
      variants: 12,
      variantOptions: 2,
    });
  });

  it('expects the one base variant without variant options, and caps the page at the limit', () => {
    expect(variantNeed(1, [option(false, 5)], 50)).toEqual({ entityId: 1, variants: 1, variantOptions: 1 });
    expect(variantNeed(2, [option(true, 10), option(true, 10)], 50).variants).toBe(50);
    const many = Array.from({ length: 12 }, () => option(true, 2));
    expect(variantNeed(3, many, 50).variantOptions).toBe(MAX_VARIANT_OPTIONS);
  });
});

describe('planVariantBatches', () => {
  const sizes = [1, 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 24, 25, 30, 36, 50];
  const needs: VariantNeed[] = Array.from({ length: 400 }, (_, i) => ({
    entityId: 1000 + i,
    variants: sizes[(i * 7) % sizes.length],
    variantOptions: 1 + ((i * 3) % 4),
  }));
  const batches = planVariantBatches(needs, variantsBatchScore, VARIANTS_COMPLEXITY_BUDGET, 50);

  it('plans every product exactly once', () => {
    const planned = batches.flatMap((batch) => batch.entityIds).sort((a, b) => a - b);
    expect(planned).toEqual(needs.map((need) => need.entityId));
  });

  it('keeps every request under budget by the local store’s count, each product’s page whole', () => {
    for (const batch of batches) {
      expect(storeScore(GetProductsVariantsQuery, batch)).toBeLessThanOrEqual(VARIANTS_COMPLEXITY_BUDGET);
      expect(batch.first).toBe(batch.entityIds.length);
      expect(batch.first).toBeLessThanOrEqual(50);
      for (const id of batch.entityIds) {
        const need = needs.find((candidate) => candidate.entityId === id)!;
        expect(batch.variants).toBeGreaterThanOrEqual(need.variants);
        expect(batch.variantOptions).toBeGreaterThanOrEqual(need.variantOptions);
      }
    }
  });

  it('shares requests: far fewer requests than products', () => {
    expect(batches.length).toBeLessThan(needs.length / 4);
  });

  it('gives a product too big for the budget a smaller first page rather than an over-limit request', () => {
    const [alone] = planVariantBatches(
      [{ entityId: 1, variants: VARIANTS_PAGE_LIMIT, variantOptions: MAX_VARIANT_OPTIONS }],
      variantsBatchScore,
      3_000,
      50,
    );
    expect(alone.variants).toBeLessThan(VARIANTS_PAGE_LIMIT);
    expect(variantsBatchScore(alone)).toBeLessThanOrEqual(3_000);
  });
});
