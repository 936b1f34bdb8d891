/**
 * The build's export: in full, or, when the build-hook body names what changed and the last build's
 * catalog is cached (holding every change up to the send the body counts from), only those products
 * (plus the cheap settings, category tree and brands), merged into the cached catalog. Logs which
 * path it took and why.
 */
import type { BigCommerceClient } from '../bigcommerce/client';
import { DEFAULT_EXPORT_CONCURRENCY } from '../config';
import {
  parseRebuildRequest,
  type ParsedRebuildRequest,
  type RebuildRequest,
} from '../webhooks/rebuild-request';
import type { ApiCategoryTreeItem } from './api-types';
import { toCatalogExportError } from './errors';
import {
  assembleCatalog,
  exportCatalog,
  fetchStoreBasics,
  vanishedInto,
  type CatalogExport,
  type CatalogLogger,
} from './export';
import { fetchAllProducts } from './export/products';
import {
  cacheProblem,
  describeRebuildRequest,
  planExport,
  windowProblem,
  type CatalogCacheIdentity,
} from './export-plan';
import { mergeProducts } from './merge-catalog';
import { prepareProduct } from './normalise/product';
import { createPool, settleAll } from './pool';
import { IssueLog } from './report';
import type { Product } from './schema';

/** The last build's catalog as the data store keeps it. */
export interface PreviousCatalog {
  /** The identity it was cached under (`cacheIdentity`, as JSON), if any. */
  identity: string | undefined;
  /** Category ids of the last build's tree, if recorded. */
  categoryIds: readonly number[] | undefined;
  /** The build-hook send it holds every change up to (`heldSequence`), if known. */
  sequence: number | undefined;
  /** Its products in catalog order; may throw when the cache is unreadable. */
  products: () => Product[];
}

/** A build's catalog, and the build-hook send whose body it was exported for, if it had a usable one. */
export interface BuildExport {
  catalog: CatalogExport;
  bodySequence: number | undefined;
}

/** Settings of `exportForBuild`. */
export interface BuildExportOptions {
  /** `INCOMING_HOOK_BODY`, if the build was started by a build hook. */
  body: string | undefined;
  identity: CatalogCacheIdentity;
  /** The cached catalog; asked for only when the body makes an incremental export possible. */
  previous: () => Promise<PreviousCatalog>;
  logger: CatalogLogger;
  concurrency?: number;
}

/** Exports only the requested products and merges them; a string says why it cannot be done exactly. */
export async function exportChanges(
  client: BigCommerceClient,
  previous: PreviousCatalog,
  request: RebuildRequest,
  options: { logger: CatalogLogger; concurrency?: number },
): Promise<CatalogExport | string> {
  const started = performance.now();
  const issues = new IssueLog();
  try {
    const pool = createPool(options.concurrency ?? DEFAULT_EXPORT_CONCURRENCY);
    const [settingsReply, categoryData, apiBrands, fetched] = await settleAll([
      ...fetchStoreBasics(client, pool),
      fetchAllProducts(client, {
        pool,
        prepare: prepareProduct,
        entityIds: [...new Set(request.products)],
        onVanished: vanishedInto(issues),
      }),
    ] as const);
    // A category new to the tree (created, or shown again) may hold products the body does not name.
    if (!previous.categoryIds) return 'the last build’s category tree is not recorded';
    const before = new Set(previous.categoryIds);
    const newCategory = treeIds(categoryData.tree).find((id) => !before.has(id));
    if (newCategory !== undefined) return `category ${newCategory} is new to the category tree`;
    const merged = mergeProducts(previous.products(), request.products, fetched);
    if (!merged.ok) return merged.problem;
    const basics = { settingsReply, categoryData, apiBrands };
    return assembleCatalog(basics, merged.products, { issues, started, logger: options.logger });
  } catch (error) {
    const failure = toCatalogExportError(error);
    options.logger.warn(failure.message);
    throw failure;
  }
}

/** Every category id in an API category tree. */
const treeIds = (items: readonly ApiCategoryTreeItem[]): number[] =>
  items.flatMap((item) => [item.entityId, ...treeIds(item.children ?? [])]);

/** Runs the export this build calls for (see the module comment), logging the path and why. */
export async function exportForBuild(
  client: BigCommerceClient,
  options: BuildExportOptions,
): Promise<BuildExport> {
  const parsed = parseRebuildRequest(options.body);
  const catalog = await exportCatalogForBuild(client, parsed, options);
  return { catalog, bodySequence: parsed.ok ? parsed.request.sequence : undefined };
}

async function exportCatalogForBuild(
  client: BigCommerceClient,
  parsed: ParsedRebuildRequest,
  options: BuildExportOptions,
): Promise<CatalogExport> {
  const { logger, concurrency } = options;
  if (parsed.ok) logger.info(`catalog: build-hook body: ${describeRebuildRequest(parsed.request)}`);
  const plan = planExport(parsed);
  const full = (why: string) => {
    logger.info(`catalog: full export, because ${why}`);
    return exportCatalog(client, { logger, concurrency });
  };
  if (plan.kind === 'full') return full(plan.why);

  const previous = await options.previous();
  const problem = cacheProblem(previous.identity, options.identity);
  if (problem) return full(`${problem} (cold build)`);
  const missed = windowProblem(previous.sequence, plan.request);
  if (missed) return full(missed);
  let products: Product[];
  try {
    products = previous.products();
  } catch (error) {
    return full(
      `the cached catalog is unreadable (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (products.length === 0) return full('the cached catalog has no products');
  logger.info(`catalog: incremental export, because ${plan.why} and the last build's catalog is cached`);
  const result = await exportChanges(client, { ...previous, products: () => products }, plan.request, {
    logger,
    concurrency,
  });
  return typeof result === 'string' ? full(`the changes cannot be merged exactly: ${result}`) : result;
}
