/** Every product: pages of 50 in order, detail batches and follow-ups fetched concurrently. */
import type { BigCommerceClient } from '../../bigcommerce/client';
import {
  GetProductDetailsQuery,
  PRODUCT_DETAILS_BATCH_SIZE,
} from '../../bigcommerce/queries/GetProductDetailsQuery';
import {
  GetProductsQuery,
  PRODUCTS_PAGE_SIZE,
  type GetProductsData,
} from '../../bigcommerce/queries/GetProductsQuery';
import { nodesOf, type ApiProductCard, type RawProduct } from '../api-types';
import { BadCatalogDataError } from '../errors';
import { settleAll, type Pool } from '../pool';
import { completeProduct, type ProductWithoutVariants } from './follow-ups';
import { withVariants } from './variants';

/** How far the product export has got. */
export interface ProductProgress {
  done: number;
  /** `collectionInfo.totalItems`, or the count so far when the store does not say. */
  total: number;
}

/** Settings of `fetchAllProducts`. */
export interface FetchProductsOptions<T> {
  pool: Pool;
  /** Converts each complete product as soon as it is complete, while later ones are still fetched. */
  prepare: (product: RawProduct) => T;
  /** Products per detail request. */
  batchSize?: number;
  onProgress?: (progress: ProductProgress) => void;
  /** Told about a product that was listed but gone by the time its details were asked for. */
  onVanished?: (card: ApiProductCard) => void;
  /** Only these products (those still on the channel), instead of every one. */
  entityIds?: readonly number[];
}

async function fetchBatch(
  client: BigCommerceClient,
  cards: ApiProductCard[],
  onVanished?: (card: ApiProductCard) => void,
) {
  const reply = await client.request(GetProductDetailsQuery, {
    entityIds: cards.map((card) => card.entityId),
    first: cards.length,
  });
  const byId = new Map(nodesOf(reply.site.products).map((details) => [details.entityId, details]));
  const products: ProductWithoutVariants[] = [];
  for (const card of cards) {
    const details = byId.get(card.entityId);
    if (details) products.push(await completeProduct(client, card, details));
    else onVanished?.(card);
  }
  return products;
}

/** Products whose variants are planned together: more share requests, but the pipeline grows deeper. */
const VARIANT_GROUP_SIZE = 200;

/**
 * Fetches every product. Pages are read one after another (each needs the previous cursor) while
 * the pool works through detail batches of pages already read, then through the variants of every
 * few pages together (see `withVariants`); page requests queue in the same pool, so reading runs only
 * a little ahead. Each group of complete products goes through `prepare` at once, so that work overlaps
 * the requests still running. The first failure stops the paging and is rethrown once running requests
 * settle. Products come back in the store's order.
 */
export async function fetchAllProducts<T>(
  client: BigCommerceClient,
  options: FetchProductsOptions<T>,
): Promise<T[]> {
  const { pool, prepare, onProgress, onVanished } = options;
  const entityIds = options.entityIds ? [...options.entityIds] : undefined;
  if (entityIds?.length === 0) return [];
  const batchSize = options.batchSize ?? PRODUCT_DETAILS_BATCH_SIZE;
  const groups: Promise<T[]>[] = [];
  let failure: { error: unknown } | undefined;
  const fail = (error: unknown) => {
    failure ??= { error };
  };
  let total = 0;
  let done = 0;
  const seen = new Set<number>();
  let pending: { cards: number; details: Promise<ProductWithoutVariants[]> }[] = [];

  const details = (cards: ApiProductCard[]) => {
    const batches: Promise<ProductWithoutVariants[]>[] = [];
    for (let i = 0; i < cards.length; i += batchSize) {
      const batch = cards.slice(i, i + batchSize);
      batches.push(pool.run(async () => (failure ? [] : fetchBatch(client, batch, onVanished))));
    }
    const task = settleAll(batches).then((pages) => pages.flat());
    task.catch(fail);
    return task;
  };
  const flushVariants = () => {
    const group = pending;
    pending = [];
    if (group.length === 0) return;
    const task = (async () => {
      const products = (await settleAll(group.map((page) => page.details))).flat();
      if (failure) return [];
      const complete = await withVariants(client, pool, products, (product) => onVanished?.(product.card));
      const prepared = complete.map(prepare);
      done += group.reduce((sum, page) => sum + page.cards, 0);
      onProgress?.({ done, total });
      return prepared;
    })();
    task.catch(fail);
    groups.push(task);
  };

  // The whole list, or the named products a page's worth of ids at a time.
  const lists: (number[] | undefined)[] = entityIds
    ? Array.from({ length: Math.ceil(entityIds.length / PRODUCTS_PAGE_SIZE) }, (_, i) =>
        entityIds.slice(i * PRODUCTS_PAGE_SIZE, (i + 1) * PRODUCTS_PAGE_SIZE),
      )
    : [undefined];
  try {
    for (const ids of lists) {
      let after: string | null = null;
      do {
        const cursor: string | null = after;
        const reply: GetProductsData = await pool.run(() =>
          client.request(GetProductsQuery, ids ? { entityIds: ids, after: cursor } : { after: cursor }),
        );
        const page = reply.site.products;
        const cards = nodesOf(page).filter((card) => !seen.has(card.entityId));
        for (const card of cards) seen.add(card.entityId);
        total = Math.max(total, page.collectionInfo?.totalItems ?? 0, seen.size);
        if (cards.length > 0) pending.push({ cards: cards.length, details: details(cards) });
        if (pending.reduce((sum, page) => sum + page.cards, 0) >= VARIANT_GROUP_SIZE) flushVariants();
        if (page.pageInfo.hasNextPage && !page.pageInfo.endCursor) {
          throw new BadCatalogDataError('product list', 'pageInfo.endCursor', 'missing on a page with more');
        }
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after !== null && !failure);
      if (failure) break;
    }
  } catch (error) {
    fail(error);
  }
  flushVariants();

  const settled = await Promise.allSettled(groups);
  if (failure) throw failure.error;
  return settled.flatMap((result) => (result.status === 'fulfilled' ? result.value : []));
}
