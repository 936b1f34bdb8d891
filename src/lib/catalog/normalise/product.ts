/** A fully paged API product → the domain product, with every fallback and drop recorded. */
import type { RawProduct } from '../api-types';
import { BadCatalogDataError } from '../errors';
import type { ExportIssue, IssueLog } from '../report';
import { htmlToText, sanitiseHtml } from '../sanitise';
import { productSchema, type Product, type ProductOption } from '../schema';
import { recordSubject } from '../subject';
import { normaliseIdentifiers } from './identifiers';
import { normaliseGallery } from './image';
import { normalisePrices } from './prices';
import { normaliseOption } from './options';
import { merchantSeo } from './seo';
import { validated } from './validate';
import { normaliseVariant } from './variant';

/** The ids a product's references are checked against. */
export interface KnownIds {
  categoryIds: ReadonlySet<number>;
  brandIds: ReadonlySet<number>;
  productIds: ReadonlySet<number>;
}

/** Runs one field's conversion, naming the product and field if the data cannot be converted. */
function field<T>(subject: string, name: string, convert: () => T): T {
  try {
    return convert();
  } catch (error) {
    throw new BadCatalogDataError(subject, name, error instanceof Error ? error.message : String(error));
  }
}

function options(raw: RawProduct, subject: string, issues: Pick<IssueLog, 'add'>): ProductOption[] {
  const result: ProductOption[] = [];
  for (const option of raw.options) {
    const normalised = normaliseOption(option);
    if ('unsupported' in normalised) {
      issues.add('dropped', normalised.unsupported, `${subject} option ${option.entityId}`);
    } else result.push(normalised);
  }
  return result;
}

/** A product converted as far as it can be without the rest of the catalog. */
export interface PreparedProduct {
  /** The product with its category, brand and related-product references not yet checked. */
  product: Product;
  /** Issues found so far, replayed in catalog order by `finishProduct`. */
  issues: [ExportIssue['action'], string, string][];
}

/**
 * The heavy, self-contained part of normalising (sanitising, images, prices, options, variants), so
 * it can run while the rest of the catalog is still being fetched. Throws `BadCatalogDataError`.
 */
export function prepareProduct(raw: RawProduct): PreparedProduct {
  const { card, details } = raw;
  const found: PreparedProduct['issues'] = [];
  const issues = { add: (...issue: PreparedProduct['issues'][number]) => void found.push(issue) };
  const subject = recordSubject('product', card.entityId, card.name);
  const descriptionHtml = field(subject, 'description', () => sanitiseHtml(details.description));
  const plainDescription = htmlToText(descriptionHtml);

  const gallery = normaliseGallery(
    card.defaultImage ? [card.defaultImage, ...raw.images] : raw.images,
    card.name,
  );
  if (gallery.rejected) issues.add('dropped', 'image without a {:size} URL template', subject);
  if (gallery.images.length === 0)
    issues.add('kept', 'product without an image (placeholder shown)', subject);

  const prices = field(subject, 'prices', () => normalisePrices(card.prices));
  if (!prices) issues.add('kept', 'product without a price ("Price on request")', subject);

  const productOptions = options(raw, subject, issues);
  const optionOrder = productOptions.filter((option) => option.isVariantOption).map((option) => option.id);
  const variants = raw.variants.map((variant, i) =>
    field(subject, `variants.${i}`, () => normaliseVariant(variant, optionOrder, card.name)),
  );

  const reviews = card.reviewSummary;
  const availability = details.availabilityV2;
  const releaseDate = availability.willBeReleasedAt?.utc;
  const brand = card.brand
    ? { id: card.brand.entityId, name: card.brand.name, path: card.brand.path }
    : undefined;
  const product: Product = {
    id: card.entityId,
    sku: card.sku,
    ...normaliseIdentifiers(details),
    ...(details.condition ? { condition: details.condition } : {}),
    name: card.name,
    path: card.path,
    descriptionHtml,
    plainDescription,
    ...(brand ? { brand } : {}),
    categoryIds: [...new Set(raw.categoryIds)],
    prices,
    images: gallery.images,
    options: productOptions,
    variants,
    availability: {
      status: availability.status as Product['availability']['status'],
      description: availability.description,
      ...(releaseDate ? { releaseDate } : {}),
    },
    inStock: card.inventory.isInStock,
    availableToSell: card.inventory.aggregated?.availableToSell ?? null,
    customFields: raw.customFields.map(({ name, value }) => ({ name, value })),
    seo: merchantSeo(details.seo, card.name),
    ...(reviews.numberOfReviews > 0
      ? {
          rating: {
            count: reviews.numberOfReviews,
            average: Math.round((reviews.summationOfRatings / reviews.numberOfReviews) * 100) / 100,
          },
        }
      : {}),
    relatedIds: [...new Set(raw.relatedIds)],
    warranty: details.warranty,
    ...(details.minPurchaseQuantity ? { minQuantity: details.minPurchaseQuantity } : {}),
    ...(details.maxPurchaseQuantity ? { maxQuantity: details.maxPurchaseQuantity } : {}),
  };
  return { product, issues: found };
}

/** Checks a prepared product's references against the whole catalog and validates it. */
export function finishProduct(prepared: PreparedProduct, known: KnownIds, issues: IssueLog): Product {
  for (const issue of prepared.issues) issues.add(...issue);
  const { product } = prepared;
  const subject = recordSubject('product', product.id, product.name);
  product.categoryIds = product.categoryIds.filter((id) => {
    if (known.categoryIds.has(id)) return true;
    issues.add('dropped', 'reference to a category not in the category tree', `${subject} → category ${id}`);
    return false;
  });
  if (product.brand && !known.brandIds.has(product.brand.id)) {
    issues.add(
      'dropped',
      'reference to a brand not in the brand list',
      `${subject} → brand ${product.brand.id}`,
    );
    delete product.brand;
  }
  product.relatedIds = product.relatedIds.filter((id) => {
    if (id !== product.id && known.productIds.has(id)) return true;
    issues.add('dropped', 'related product not in the export', `${subject} → product ${id}`);
    return false;
  });
  return validated(productSchema, product, subject);
}
