/** Every variant of a group of products: batched first pages sized from their options, then paging on. */
import type { BigCommerceClient } from '../../bigcommerce/client';
import { estimateComplexity } from '../../bigcommerce/complexity';
import { GetProductVariantsQuery } from '../../bigcommerce/queries/GetProductVariantsQuery';
import {
  GetProductsVariantsQuery,
  VARIANTS_PAGE_LIMIT,
} from '../../bigcommerce/queries/GetProductsVariantsQuery';
import { nodesOf, type ApiVariant, type RawProduct } from '../api-types';
import { settleAll, type Pool } from '../pool';
import { pager, productWhat, rest, type ProductWithoutVariants } from './follow-ups';
import { planVariantBatches, variantNeed, type VariantBatch } from './variant-batches';

/** The highest score a variants request is planned to: well under BigCommerce's 10,000. */
export const VARIANTS_COMPLEXITY_BUDGET = 9_000;

/** BigCommerce's largest page of products looked up by id. */
const PRODUCTS_BY_ID_LIMIT = 50;

/** The variables' score, as BigCommerce would count it. */
export const variantsBatchScore = (batch: VariantBatch) =>
  estimateComplexity(GetProductsVariantsQuery, batch);

async function fetchBatch(
  client: BigCommerceClient,
  batch: VariantBatch,
  byId: ReadonlyMap<number, ProductWithoutVariants>,
): Promise<Map<number, ApiVariant[]>> {
  const reply = await client.request(GetProductsVariantsQuery, { ...batch });
  const found = new Map<number, ApiVariant[]>();
  for (const { entityId, variants } of nodesOf(reply.site.products)) {
    const product = byId.get(entityId);
    if (!product || found.has(entityId)) continue;
    const more = pager(client, entityId, 'variants', GetProductVariantsQuery, {
      variantOptions: batch.variantOptions,
    });
    found.set(entityId, await rest(variants, more, productWhat(product.card)));
  }
  return found;
}

/**
 * Adds every variant to each product, keeping their order. A product that is gone by the time its
 * variants are asked for is left out and reported through `onVanished`, like one gone before its details.
 */
export async function withVariants(
  client: BigCommerceClient,
  pool: Pool,
  products: readonly ProductWithoutVariants[],
  onVanished?: (product: ProductWithoutVariants) => void,
): Promise<RawProduct[]> {
  const byId = new Map(products.map((product) => [product.card.entityId, product]));
  const needs = products.map((product) =>
    variantNeed(product.card.entityId, product.options, VARIANTS_PAGE_LIMIT),
  );
  const batches = planVariantBatches(
    needs,
    variantsBatchScore,
    VARIANTS_COMPLEXITY_BUDGET,
    PRODUCTS_BY_ID_LIMIT,
  );
  const replies = await settleAll(batches.map((batch) => pool.run(() => fetchBatch(client, batch, byId))));
  const variantsById = new Map(replies.flatMap((reply) => [...reply]));
  const complete: RawProduct[] = [];
  for (const product of products) {
    const variants = variantsById.get(product.card.entityId);
    if (variants) complete.push({ ...product, variants });
    else onVanished?.(product);
  }
  return complete;
}
