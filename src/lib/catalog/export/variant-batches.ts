/**
 * Plans the variant requests of a group of products: products of a similar size share one request,
 * sized so its complexity score stays under a budget. Pure: the score comes in as a function.
 */
import type { ApiOption } from '../api-types';

/** The most options a variant may have: one request returns no more; a variant with more fails. */
export const MAX_VARIANT_OPTIONS = 10;

/** What one product is expected to need from a variants request. */
export interface VariantNeed {
  entityId: number;
  /** Variants expected on the first page (at most `pageLimit`). */
  variants: number;
  /** Options per variant: the product's number of variant options (1 to `MAX_VARIANT_OPTIONS`). */
  variantOptions: number;
}

/** One planned request: the variables of `GetProductsVariantsQuery`. */
export type VariantBatch = {
  entityIds: number[];
  first: number;
  variants: number;
  variantOptions: number;
};

/**
 * A product's expected first page of variants: one per combination of its variant options' values
 * (BigCommerce makes a variant for each), or its one base variant when it has no variant options.
 * Only a page size: a product with more variants is paged on, one with fewer just scores a little more.
 */
export function variantNeed(entityId: number, options: readonly ApiOption[], pageLimit: number): VariantNeed {
  const variantOptions = options.filter((option) => option.isVariantOption);
  let combinations = 1;
  for (const option of variantOptions) {
    combinations *= Math.max(1, option.values?.edges?.length ?? 1);
    if (combinations >= pageLimit) break;
  }
  return {
    entityId,
    variants: Math.max(1, Math.min(combinations, pageLimit)),
    variantOptions: Math.max(1, Math.min(variantOptions.length, MAX_VARIANT_OPTIONS)),
  };
}

/**
 * Groups products into requests of at most `maxProducts`, each scoring at most `budget` by `score`.
 * Products are sorted by size first so that small ones share requests. A product too big for the
 * budget on its own gets a smaller first page (the rest is paged on). Every product is planned once.
 */
export function planVariantBatches(
  needs: readonly VariantNeed[],
  score: (batch: VariantBatch) => number,
  budget: number,
  maxProducts: number,
): VariantBatch[] {
  const sorted = [...needs].sort(
    (a, b) => a.variants - b.variants || a.variantOptions - b.variantOptions || a.entityId - b.entityId,
  );
  const batches: VariantBatch[] = [];
  let current: VariantBatch | undefined;
  for (const need of sorted) {
    if (current && current.first < maxProducts) {
      const grown: VariantBatch = {
        entityIds: [...current.entityIds, need.entityId],
        first: current.first + 1,
        variants: Math.max(current.variants, need.variants),
        variantOptions: Math.max(current.variantOptions, need.variantOptions),
      };
      if (score(grown) <= budget) {
        current = grown;
        batches[batches.length - 1] = grown;
        continue;
      }
    }
    current = {
      entityIds: [need.entityId],
      first: 1,
      variants: need.variants,
      variantOptions: need.variantOptions,
    };
    while (current.variants > 1 && score(current) > budget) {
      current = { ...current, variants: Math.ceil(current.variants / 2) };
    }
    batches.push(current);
  }
  return batches;
}
