/**
 * The last build's catalog as the products loader finds it (I/O): its products in the snapshot file
 * the collection's one entry names, and, in the collection's meta, the identity it was exported under,
 * its category tree's ids and the build-hook send it holds every change up to.
 */
import type { LoaderContext } from 'astro/loaders';
import { PRODUCT_SNAPSHOT_ENTRY_ID } from './collections';
import { heldSequence, type CatalogCacheIdentity } from './export-plan';
import type { BuildExport, PreviousCatalog } from './partial-export';
import { readProductSnapshot } from './product-snapshot-file';

const IDENTITY_KEY = 'catalog-identity';
const CATEGORY_IDS_KEY = 'catalog-category-ids';
const SEQUENCE_KEY = 'catalog-build-hook-send';

/** A recorded send number; anything else (absent, or not a positive whole number) counts as unknown. */
const sendNumber = (text: string | undefined) =>
  text !== undefined && /^[1-9]\d*$/.test(text) ? Number(text) : undefined;

/** The cached catalog the products collection's store names, its products read lazily from `env`'s build cache folder. */
export function previousCatalogOf(
  context: Pick<LoaderContext, 'store' | 'meta'>,
  env: Record<string, string | undefined>,
): PreviousCatalog {
  const { store, meta } = context;
  const categoryIds = meta.get(CATEGORY_IDS_KEY);
  return {
    identity: meta.get(IDENTITY_KEY),
    categoryIds: categoryIds === undefined ? undefined : (JSON.parse(categoryIds) as number[]),
    sequence: sendNumber(meta.get(SEQUENCE_KEY)),
    products: () => readProductSnapshot(env, store.get(PRODUCT_SNAPSHOT_ENTRY_ID)?.data),
  };
}

/** Records what the next build checks before reusing the catalog just written to the store. */
export function rememberCatalog(
  context: Pick<LoaderContext, 'meta'>,
  built: BuildExport,
  identity: CatalogCacheIdentity,
): void {
  const { meta } = context;
  const previous = { identity: meta.get(IDENTITY_KEY), sequence: sendNumber(meta.get(SEQUENCE_KEY)) };
  const sequence = heldSequence(built.bodySequence, previous, identity);
  if (sequence === undefined) meta.delete(SEQUENCE_KEY);
  else meta.set(SEQUENCE_KEY, String(sequence));
  meta.set(CATEGORY_IDS_KEY, JSON.stringify(built.catalog.categories.map((category) => category.id)));
  meta.set(IDENTITY_KEY, JSON.stringify(identity));
}
