/** Every product: pages of 50 in order, detail batches and follow-ups fetched concurrently. */
import type { BigCommerceClient } from '../../bigcommerce/client';
import {
  GetProductDetailsQuery,
  PRODUCT_DETAILS_BATCH_SIZE,
} from '../../bigcommerce/queries/GetProductDetailsQuery';
import { GetProductsQuery } from '../../bigcommerce/queries/GetProductsQuery';
import {
  nodesOf,
  type ApiConnection,
  type ApiProductCard,
  type ApiProductDetails,
  type RawProduct,
} from '../api-types';
import { BadCatalogDataError } from '../errors';
import type { Pool } from '../pool';
import { completeProduct } from './follow-ups';

type ProductsReply = {
  site: {
    products: ApiConnection<ApiProductCard> & { collectionInfo: { totalItems: number | null } | null };
  };
};
type DetailsReply = { site: { products: ApiConnection<ApiProductDetails> } };

/** How far the product export has got. */
export interface ProductProgress {
  done: number;
  /** `collectionInfo.totalItems`, or the count so far when the store does not say. */
  total: number;
}

/** Settings of `fetchAllProducts`. */
export interface FetchProductsOptions {
  pool: Pool;
  /** Products per detail request. */
  batchSize?: number;
  onProgress?: (progress: ProductProgress) => void;
  /** Told about a product that was listed but gone by the time its details were asked for. */
  onVanished?: (card: ApiProductCard) => void;
}

async function fetchBatch(
  client: BigCommerceClient,
  cards: ApiProductCard[],
  onVanished?: (card: ApiProductCard) => void,
) {
  const reply = await client.request<DetailsReply>(GetProductDetailsQuery, {
    entityIds: cards.map((card) => card.entityId),
    first: cards.length,
  });
  const byId = new Map(nodesOf(reply.site.products).map((details) => [details.entityId, details]));
  const products: RawProduct[] = [];
  for (const card of cards) {
    const details = byId.get(card.entityId);
    if (details) products.push(await completeProduct(client, card, details));
    else onVanished?.(card);
  }
  return products;
}

/**
 * Fetches every product. Pages are read one after another (each needs the previous cursor) while
 * the pool works through detail batches of pages already read; page requests queue in the same pool,
 * so reading runs only a little ahead of the details. The first failure stops the paging and is
 * rethrown once running requests settle. Products come back in the store's order.
 */
export async function fetchAllProducts(
  client: BigCommerceClient,
  options: FetchProductsOptions,
): Promise<RawProduct[]> {
  const { pool, onProgress, onVanished } = options;
  const batchSize = options.batchSize ?? PRODUCT_DETAILS_BATCH_SIZE;
  const batches: Promise<RawProduct[]>[] = [];
  let failure: { error: unknown } | undefined;
  let total = 0;
  let done = 0;
  const seen = new Set<number>();

  let after: string | null = null;
  try {
    do {
      const cursor: string | null = after;
      const reply: ProductsReply = await pool.run(() =>
        client.request<ProductsReply>(GetProductsQuery, { after: cursor }),
      );
      const page = reply.site.products;
      const cards = nodesOf(page).filter((card) => !seen.has(card.entityId));
      for (const card of cards) seen.add(card.entityId);
      total = Math.max(total, page.collectionInfo?.totalItems ?? 0, seen.size);
      for (let i = 0; i < cards.length; i += batchSize) {
        const batch = cards.slice(i, i + batchSize);
        const task = pool.run(async () => {
          if (failure) return [];
          const products = await fetchBatch(client, batch, onVanished);
          done += batch.length;
          onProgress?.({ done, total });
          return products;
        });
        task.catch((error: unknown) => {
          failure ??= { error };
        });
        batches.push(task);
      }
      if (page.pageInfo.hasNextPage && !page.pageInfo.endCursor) {
        throw new BadCatalogDataError('product list', 'pageInfo.endCursor', 'missing on a page with more');
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null && !failure);
  } catch (error) {
    failure ??= { error };
  }

  const settled = await Promise.allSettled(batches);
  if (failure) throw failure.error;
  return settled.flatMap((result) => (result.status === 'fulfilled' ? result.value : []));
}
