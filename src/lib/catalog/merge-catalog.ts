/**
 * Merges the products an incremental export re-fetched into the last build's catalog (pure). The
 * result must be the catalog a full export would give, so anything this cannot place exactly is a
 * `problem`, and the build exports in full instead.
 */
import type { AssembledProduct } from './export';
import type { KnownIds, PreparedProduct } from './normalise/product';
import type { Brand, Product } from './schema';

/**
 * A product kept from the last build, as a full export would finish it now: references to categories,
 * brands and products no longer in the catalog dropped, its brand's name and path as the brand list has them.
 */
export function keptProduct(
  product: Product,
  known: KnownIds,
  brandsById: ReadonlyMap<number, Brand>,
): Product {
  const kept: Product = {
    ...product,
    categoryIds: product.categoryIds.filter((id) => known.categoryIds.has(id)),
    relatedIds: product.relatedIds.filter((id) => id !== product.id && known.productIds.has(id)),
  };
  const brand = product.brand && known.brandIds.has(product.brand.id) && brandsById.get(product.brand.id);
  if (brand) kept.brand = { id: brand.id, name: brand.name, path: brand.path };
  else delete kept.brand;
  return kept;
}

/** The merged product list, or why the products cannot be merged exactly. */
export type MergedProducts = { ok: true; products: AssembledProduct[] } | { ok: false; problem: string };

const ascending = (ids: readonly number[]) => ids.every((id, i) => i === 0 || ids[i - 1] < id);

/**
 * The last build's products with each re-fetched one in its place: requested products the store no
 * longer lists (deleted, hidden, unassigned from the channel) are dropped, new ones go where the
 * store's order puts them. The store lists products by id, so a new product's place is known only
 * while the kept catalog is in id order; otherwise the merge refuses.
 */
export function mergeProducts(
  previous: readonly Product[],
  requestedIds: readonly number[],
  fetched: readonly PreparedProduct[],
): MergedProducts {
  const requested = new Set(requestedIds);
  const fetchedById = new Map(fetched.map((item) => [item.product.id, item]));
  const stray = fetched.find((item) => !requested.has(item.product.id));
  if (stray)
    return { ok: false, problem: `the store returned product ${stray.product.id}, which was not asked for` };

  const previousIds = new Set(previous.map((product) => product.id));
  const added = fetched.filter((item) => !previousIds.has(item.product.id));
  const merged: AssembledProduct[] = previous.flatMap((product): AssembledProduct[] => {
    if (!requested.has(product.id)) return [{ kept: product }];
    const prepared = fetchedById.get(product.id);
    return prepared ? [{ prepared }] : [];
  });
  if (added.length === 0) return { ok: true, products: merged };
  if (!ascending(previous.map((product) => product.id))) {
    return {
      ok: false,
      problem: `product ${added[0].product.id} is new, and the last catalog is not in id order to place it`,
    };
  }
  const idOf = (item: AssembledProduct) => ('kept' in item ? item.kept : item.prepared.product).id;
  const result: AssembledProduct[] = [];
  const incoming = [...added].sort((a, b) => a.product.id - b.product.id);
  let next = 0;
  for (const item of merged) {
    while (next < incoming.length && incoming[next].product.id < idOf(item))
      result.push({ prepared: incoming[next++] });
    result.push(item);
  }
  while (next < incoming.length) result.push({ prepared: incoming[next++] });
  return { ok: true, products: result };
}
