/** Exports the whole catalog from the Storefront API into the domain model, or fails with nothing. */
import type { BigCommerceClient } from '../bigcommerce/client';
import { GetStoreSettingsQuery } from '../bigcommerce/queries/GetStoreSettingsQuery';
import { toCatalogExportError } from './errors';
import { fetchAllBrands } from './export/brands';
import { fetchCategories } from './export/categories';
import { fetchAllProducts, type ProductProgress } from './export/products';
import { normaliseBrand } from './normalise/brand';
import { normaliseCategoryTree } from './normalise/category';
import { finishProduct, prepareProduct } from './normalise/product';
import { normaliseSettings } from './normalise/settings';
import { assertUniquePaths } from './paths';
import { shareRepeatedParts } from './repeated-parts';
import { DEFAULT_EXPORT_CONCURRENCY } from '../config';
import { createPool, settleAll } from './pool';
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
function progressLogger(logger: CatalogLogger, forward?: (progress: ProductProgress) => void) {
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
      pool.run(() => client.request(GetStoreSettingsQuery)),
      fetchCategories(client, pool),
      fetchAllBrands(client, pool),
      fetchAllProducts(client, {
        pool,
        prepare: prepareProduct,
        batchSize: options.batchSize,
        onProgress: progressLogger(logger, options.onProgress),
        onVanished: (card) =>
          issues.add(
            'dropped',
            'product removed from the channel during the export',
            recordSubject('product', card.entityId, card.name),
          ),
      }),
    ] as const);

    const categories = normaliseCategoryTree(categoryData.tree, categoryData.seoById);
    const brands = apiBrands.map(normaliseBrand);
    const known = {
      categoryIds: new Set(categories.map((category) => category.id)),
      brandIds: new Set(brands.map((brand) => brand.id)),
      productIds: new Set(preparedProducts.map((prepared) => prepared.product.id)),
    };
    const products = preparedProducts.map((prepared) => finishProduct(prepared, known, issues));
    shareRepeatedParts(products);
    const pricedIn = products.find((product) => product.prices)?.prices?.price.currency;
    const settings = normaliseSettings(settingsReply, pricedIn);
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
  } catch (error) {
    const failure = toCatalogExportError(error);
    logger.warn(failure.message);
    throw failure;
  }
}
