/** Exports the whole catalog from the Storefront API into the domain model, or fails with nothing. */
import type { BigCommerceClient } from '../bigcommerce/client';
import {
  GetStoreSettingsQuery,
  type GetStoreSettingsData,
} from '../bigcommerce/queries/GetStoreSettingsQuery';
import type { ApiBrand, ApiProductCard } from './api-types';
import { keptProduct } from './merge-catalog';
import { toCatalogExportError } from './errors';
import { fetchAllBrands } from './export/brands';
import { fetchCategories } from './export/categories';
import { fetchAllProducts, type ProductProgress } from './export/products';
import { normaliseBrand } from './normalise/brand';
import { normaliseCategoryTree } from './normalise/category';
import { finishProduct, prepareProduct, type PreparedProduct } from './normalise/product';
import { normaliseSettings } from './normalise/settings';
import { assertUniquePaths } from './paths';
import { shareRepeatedParts } from './repeated-parts';
import { DEFAULT_EXPORT_CONCURRENCY } from '../config';
import { createPool, settleAll, type Pool } from './pool';
import { formatSummary, IssueLog, progressLine, type ExportReport } from './report';
import type { Brand, Category, Product, Settings } from './schema';
import { recordSubject } from './subject';

export type { ProductProgress } from './export/products';
export type { ExportIssue, ExportReport } from './report';

/** Where progress and the summary are written (Astro's loader logger fits). */
export interface CatalogLogger {
  info(message: string): void;
  warn(message: string): void;
}

/** Settings of `exportCatalog`. */
export interface ExportOptions {
  /** Requests in flight at once (default `DEFAULT_EXPORT_CONCURRENCY`, 4). */
  concurrency?: number;
  /** Products per detail request (default `PRODUCT_DETAILS_BATCH_SIZE`). */
  batchSize?: number;
  logger?: CatalogLogger;
  onProgress?: (progress: ProductProgress) => void;
}

/** The whole catalog in the domain model, plus what happened. */
export interface CatalogExport {
  products: Product[];
  categories: Category[];
  brands: Brand[];
  settings: Settings;
  report: ExportReport;
}

const silent: CatalogLogger = { info() {}, warn() {} };

/** Logs `catalog: n / total products` about every 5% of the way. */
export function progressLogger(logger: CatalogLogger, forward?: (progress: ProductProgress) => void) {
  let lastStep = -1;
  return (progress: ProductProgress) => {
    forward?.(progress);
    const step = Math.max(50, Math.ceil(progress.total / 20));
    const reached = Math.floor(progress.done / step);
    if (reached > lastStep || progress.done === progress.total) {
      lastStep = reached;
      logger.info(progressLine(progress.done, progress.total));
    }
  };
}

/** The store settings, category tree and brands, which every export fetches whole. */
export interface StoreBasics {
  settingsReply: GetStoreSettingsData;
  categoryData: Awaited<ReturnType<typeof fetchCategories>>;
  apiBrands: ApiBrand[];
}

/** Requests the store basics in `pool`, beside whatever else the caller queues there. */
export function fetchStoreBasics(client: BigCommerceClient, pool: Pool) {
  return [
    pool.run(() => client.request(GetStoreSettingsQuery)),
    fetchCategories(client, pool),
    fetchAllBrands(client, pool),
  ] as const;
}

/** A product of the catalog being assembled: fetched by this export, or kept from the last one. */
export type AssembledProduct = { prepared: PreparedProduct } | { kept: Product };

/**
 * Normalises the basics and finishes the products, in the order given, into the catalog: references
 * to categories, brands and products outside it are dropped (kept products included), settings name
 * only products in it. Logs the summary. Throws on conflicting paths.
 */
export function assembleCatalog(
  basics: StoreBasics,
  assembled: readonly AssembledProduct[],
  context: { issues: IssueLog; started: number; logger: CatalogLogger },
): CatalogExport {
  const { issues, started, logger } = context;
  const categories = normaliseCategoryTree(basics.categoryData.tree, basics.categoryData.seoById);
  const brands = basics.apiBrands.map(normaliseBrand);
  const known = {
    categoryIds: new Set(categories.map((category) => category.id)),
    brandIds: new Set(brands.map((brand) => brand.id)),
    productIds: new Set(assembled.map((item) => ('kept' in item ? item.kept : item.prepared.product).id)),
  };
  const brandsById = new Map(brands.map((brand) => [brand.id, brand]));
  const products = assembled.map((item) =>
    'kept' in item ? keptProduct(item.kept, known, brandsById) : finishProduct(item.prepared, known, issues),
  );
  shareRepeatedParts(products);
  const pricedIn = products.find((product) => product.prices)?.prices?.price.currency;
  const settings = normaliseSettings(basics.settingsReply, pricedIn);
  settings.featuredIds = settings.featuredIds.filter((id) => known.productIds.has(id));
  settings.newestIds = settings.newestIds.filter((id) => known.productIds.has(id));
  assertUniquePaths(products, categories, brands);

  const report: ExportReport = {
    counts: {
      products: products.length,
      variants: products.reduce((sum, product) => sum + product.variants.length, 0),
      images: products.reduce((sum, product) => sum + product.images.length, 0),
      categories: categories.length,
      brands: brands.length,
    },
    durationMs: Math.round(performance.now() - started),
    issues: issues.list(),
  };
  for (const line of formatSummary(report)) logger.info(line);
  return { products, categories, brands, settings, report };
}

/**
 * Exports every product (all variants, options, images, categories, custom fields, related products),
 * the full category tree, all brands and the store settings. Throws `CatalogExportError` naming the
 * cause (auth, throttling, store down, bad data) on any failure, returning nothing partial.
 */
export async function exportCatalog(
  client: BigCommerceClient,
  options: ExportOptions = {},
): Promise<CatalogExport> {
  const started = performance.now();
  const logger = options.logger ?? silent;
  const issues = new IssueLog();
  try {
    const pool = createPool(options.concurrency ?? DEFAULT_EXPORT_CONCURRENCY);
    const [settingsReply, categoryData, apiBrands, preparedProducts] = await settleAll([
      ...fetchStoreBasics(client, pool),
      fetchAllProducts(client, {
        pool,
        prepare: prepareProduct,
        batchSize: options.batchSize,
        onProgress: progressLogger(logger, options.onProgress),
        onVanished: vanishedInto(issues),
      }),
    ] as const);
    const assembled = preparedProducts.map((prepared) => ({ prepared }));
    return assembleCatalog({ settingsReply, categoryData, apiBrands }, assembled, {
      issues,
      started,
      logger,
    });
  } catch (error) {
    const failure = toCatalogExportError(error);
    logger.warn(failure.message);
    throw failure;
  }
}

/** Notes a product listed but gone before its details were read. */
export const vanishedInto = (issues: IssueLog) => (card: ApiProductCard) =>
  issues.add(
    'dropped',
    'product removed from the channel during the export',
    recordSubject('product', card.entityId, card.name),
  );
