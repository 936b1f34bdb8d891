/** Field resolvers for `Product` and `Variant`. */
import { GraphQLError } from 'graphql';
import type { ProductRecord, VariantRecord } from '../data/types';
import { paginate, type PageArgs } from './connections';
import {
  brandView,
  categoryView,
  encodeNodeId,
  type ApiContext,
  type ProductView,
  type VariantView,
} from './context';
import { imageView } from './images';
import { catalogOptionView, variantCatalogOptions, variantLegacyOptions } from './option-views';
import { currencyFor, pricesObject } from './prices';
import { productConnection, type ProductListArgs } from './product-lists';
import { plainText } from './text';

type PriceArgs = { currencyCode?: string | null };

/** The `graphqlErrors` fault: fails every other nullable field it is consulted for. */
export function maybeInjectError(ctx: ApiContext, what: string): void {
  if (!ctx.injectErrors.active || ctx.injectErrors.considered++ % 2 !== 0) return;
  ctx.injectErrors.injected++;
  throw new GraphQLError(`Temporary failure while loading ${what}; retry the request`);
}

function imageOf(ctx: ApiContext, product: ProductRecord, imageId?: number) {
  const image =
    imageId === undefined
      ? (product.images.find((candidate) => candidate.isDefault) ?? product.images[0])
      : product.images.find((candidate) => candidate.entityId === imageId);
  return image ? imageView(ctx.origin, 'products', product.entityId, image) : null;
}

function inventoryOf(ctx: ApiContext, product: ProductRecord, variant: VariantRecord | null) {
  const units = ctx.catalog.inventory.available(product, variant);
  return {
    isInStock: ctx.catalog.inventory.isInStock(product, variant),
    aggregated: units === null ? null : { availableToSell: units, warningLevel: 0 },
  };
}

function availabilityOf(product: ProductRecord) {
  const description = product.availabilityDescription;
  if (product.availability === 'Preorder') {
    const utc = product.preorderReleaseDate ? new Date(product.preorderReleaseDate) : null;
    return {
      __typename: 'ProductPreOrder',
      status: 'Preorder',
      description,
      message: description || null,
      willBeReleasedAt: utc ? { utc } : null,
    };
  }
  if (product.availability === 'Unavailable') {
    return {
      __typename: 'ProductUnavailable',
      status: 'Unavailable',
      description,
      message: description || null,
    };
  }
  return { __typename: 'ProductAvailable', status: 'Available', description };
}

type VariantFilter = PageArgs & {
  isPurchasable?: boolean | null;
  entityIds?: number[];
  optionValueIds?: { optionEntityId: number; valueEntityId: number }[];
  skus?: string[];
};

function filterVariants(product: ProductRecord, args: VariantFilter): VariantRecord[] {
  const entityIds = new Set(args.entityIds ?? []);
  const skus = new Set(args.skus ?? []);
  const values = (args.optionValueIds ?? []).map((pair) => pair.valueEntityId);
  return product.variants.filter(
    (variant) =>
      (args.isPurchasable === null ||
        args.isPurchasable === undefined ||
        variant.isPurchasable === args.isPurchasable) &&
      (entityIds.size === 0 || entityIds.has(variant.entityId)) &&
      (skus.size === 0 || skus.has(variant.sku)) &&
      values.every((id) => variant.optionValueIds.includes(id)),
  );
}

const variantView = (product: ProductRecord, variant: VariantRecord): VariantView => ({
  __typename: 'Variant',
  product,
  variant,
});

/** `Product` resolvers; the source is a `ProductView`. */
export const productResolvers = {
  id: (p: ProductView) => encodeNodeId('Product', p.record.entityId),
  entityId: (p: ProductView) => p.record.entityId,
  sku: (p: ProductView) => p.variant?.sku ?? p.record.sku,
  path: (p: ProductView) => p.record.path,
  name: (p: ProductView) => p.record.name,
  description: (p: ProductView) => p.record.description,
  plainTextDescription: (p: ProductView, args: { characterLimit: number }) =>
    plainText(p.record.description, args.characterLimit),
  warranty: (p: ProductView) => p.record.warranty,
  minPurchaseQuantity: (p: ProductView) => p.record.minPurchaseQuantity ?? null,
  maxPurchaseQuantity: (p: ProductView) => p.record.maxPurchaseQuantity ?? null,
  addToCartUrl: (p: ProductView, _args: unknown, ctx: ApiContext) =>
    `${ctx.origin}/cart.php?action=add&product_id=${p.record.entityId}`,
  prices: (p: ProductView, args: PriceArgs, ctx: ApiContext) => {
    maybeInjectError(ctx, 'prices');
    return pricesObject(p.record, p.variant, currencyFor(ctx.catalog, args.currencyCode));
  },
  productOptions: (p: ProductView, args: PageArgs) =>
    paginate(p.record.options, args, { map: (option) => catalogOptionView(option, p.selectedValueIds) }),
  reviewSummary: (p: ProductView) => {
    const { numberOfReviews, summationOfRatings } = p.record.reviewSummary;
    const averageRating = numberOfReviews
      ? Math.round((summationOfRatings / numberOfReviews) * 100) / 100
      : 0;
    return { numberOfReviews, summationOfRatings, averageRating };
  },
  type: () => 'physical',
  availabilityV2: (p: ProductView) => availabilityOf(p.record),
  categories: (p: ProductView, args: PageArgs, ctx: ApiContext) => {
    const categories = p.record.categoryIds.flatMap((id) => ctx.catalog.categoryById.get(id) ?? []);
    return paginate(categories, args, { map: categoryView });
  },
  brand: (p: ProductView, _args: unknown, ctx: ApiContext) => {
    const brand = p.record.brandId === null ? undefined : ctx.catalog.brandById.get(p.record.brandId);
    return brand ? brandView(brand) : null;
  },
  variants: (p: ProductView, args: VariantFilter) =>
    paginate(filterVariants(p.record, args), args, { map: (variant) => variantView(p.record, variant) }),
  customFields: (p: ProductView, args: PageArgs & { names?: string[] }) => {
    const names = new Set(args.names ?? []);
    return paginate(
      p.record.customFields.filter((field) => names.size === 0 || names.has(field.name)),
      args,
    );
  },
  images: (p: ProductView, args: PageArgs, ctx: ApiContext) =>
    paginate(p.record.images, args, {
      map: (image) => imageView(ctx.origin, 'products', p.record.entityId, image),
    }),
  defaultImage: (p: ProductView, _args: unknown, ctx: ApiContext) =>
    (p.variant?.imageId !== undefined && imageOf(ctx, p.record, p.variant.imageId)) || imageOf(ctx, p.record),
  relatedProducts: (p: ProductView, args: ProductListArgs, ctx: ApiContext) => {
    const related = ctx.catalog
      .productsByIds(p.record.relatedProductIds)
      .filter((product) => product !== p.record);
    return productConnection(ctx, null, related, args);
  },
  inventory: (p: ProductView, _args: unknown, ctx: ApiContext) => ({
    ...inventoryOf(ctx, p.record, p.variant),
    hasVariantInventory: ctx.catalog.inventory.hasVariantInventory(p.record),
  }),
  upc: (p: ProductView) => p.record.upc ?? null,
  mpn: (p: ProductView) => p.record.mpn ?? null,
  gtin: (p: ProductView) => p.record.gtin ?? null,
  condition: (p: ProductView) => p.record.condition ?? null,
  seo: (p: ProductView) => ({
    pageTitle: p.record.seo.pageTitle || p.record.name,
    metaDescription: p.record.seo.metaDescription,
    metaKeywords: '',
  }),
  showCartAction: (p: ProductView) => p.record.availability !== 'Unavailable' && p.record.price !== null,
};

/** `Variant` resolvers; the source is a `VariantView`. */
export const variantResolvers = {
  id: (v: VariantView) => encodeNodeId('Variant', v.variant.entityId),
  entityId: (v: VariantView) => v.variant.entityId,
  sku: (v: VariantView) => v.variant.sku,
  options: (v: VariantView, args: PageArgs) => paginate(variantLegacyOptions(v.product, v.variant), args),
  productOptions: (v: VariantView, args: PageArgs) =>
    paginate(variantCatalogOptions(v.product, v.variant), args),
  defaultImage: (v: VariantView, _args: unknown, ctx: ApiContext) =>
    v.variant.imageId === undefined ? null : imageOf(ctx, v.product, v.variant.imageId),
  prices: (v: VariantView, args: PriceArgs, ctx: ApiContext) =>
    pricesObject(v.product, v.variant, currencyFor(ctx.catalog, args.currencyCode)),
  inventory: (v: VariantView, _args: unknown, ctx: ApiContext) => inventoryOf(ctx, v.product, v.variant),
  upc: (v: VariantView) => v.variant.upc ?? null,
  mpn: (v: VariantView) => v.variant.mpn ?? null,
  gtin: (v: VariantView) => v.variant.gtin ?? null,
  isPurchasable: (v: VariantView) => v.variant.isPurchasable,
};
