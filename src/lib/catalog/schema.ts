/** The storefront's catalog domain model: what pages render, validated with zod. */
import { z } from 'zod';

/** An amount in integer minor units (cents) of an ISO 4217 currency. */
export const moneySchema = z.object({
  amount: z.number().int(),
  currency: z.string().length(3),
});
export type Money = z.infer<typeof moneySchema>;

/** A BigCommerce CDN image kept as its URL template (`{:size}` → `500w` or `500x500`). */
export const imageSchema = z.object({
  urlTemplate: z.string().includes('{:size}'),
  alt: z.string(),
});
export type Image = z.infer<typeof imageSchema>;

/** Prices of a product or variant; a product without any is shown as "Price on request". */
export const pricesSchema = z.object({
  /** What the shopper pays now (the sale price when on sale). */
  price: moneySchema,
  /** The price before a sale, present only when it is higher than `price`. */
  basePrice: moneySchema.optional(),
  /** Manufacturer's recommended price (MSRP), present only when higher than `price`. */
  retailPrice: moneySchema.optional(),
  /** Lowest and highest variant price, present only when they differ. */
  range: z.object({ min: moneySchema, max: moneySchema }).optional(),
});
export type Prices = z.infer<typeof pricesSchema>;

const optionBase = {
  id: z.number().int(),
  name: z.string(),
  required: z.boolean(),
  isVariantOption: z.boolean(),
};

export const optionValueSchema = z.object({
  id: z.number().int(),
  label: z.string(),
  isDefault: z.boolean(),
  hexColors: z.array(z.string()).optional(),
});

/** Variant options and modifiers, as BigCommerce's `productOptions` describes them. */
export const optionSchema = z.discriminatedUnion('kind', [
  z.object({
    ...optionBase,
    kind: z.literal('multiple-choice'),
    displayStyle: z.string(),
    values: z.array(optionValueSchema),
  }),
  z.object({
    ...optionBase,
    kind: z.literal('checkbox'),
    label: z.string(),
    checkedByDefault: z.boolean(),
    checkedValueId: z.number().int(),
    uncheckedValueId: z.number().int(),
  }),
  z.object({
    ...optionBase,
    kind: z.literal('text'),
    defaultValue: z.string().optional(),
    minLength: z.number().int().optional(),
    maxLength: z.number().int().optional(),
  }),
  z.object({
    ...optionBase,
    kind: z.literal('number'),
    defaultValue: z.number().optional(),
    lowest: z.number().optional(),
    highest: z.number().optional(),
    integerOnly: z.boolean(),
    limitBy: z.string(),
  }),
]);
export type ProductOption = z.infer<typeof optionSchema>;

/** GTIN, MPN and UPC as the merchant entered them (trimmed), each present only when set. */
export const identifiersSchema = z.object({
  gtin: z.string().min(1).optional(),
  mpn: z.string().min(1).optional(),
  upc: z.string().min(1).optional(),
});
export type ProductIdentifiers = z.infer<typeof identifiersSchema>;

export const variantSchema = z.object({
  id: z.number().int(),
  sku: z.string(),
  ...identifiersSchema.shape,
  /** The chosen value id of each variant option. */
  optionValueIds: z.array(z.number().int()),
  prices: pricesSchema.nullable(),
  purchasable: z.boolean(),
  inStock: z.boolean(),
  /** Units available; null when stock is not tracked. */
  availableToSell: z.number().int().nullable(),
  image: imageSchema.optional(),
});
export type Variant = z.infer<typeof variantSchema>;

export const availabilitySchema = z.object({
  status: z.enum(['Available', 'Preorder', 'Unavailable']),
  description: z.string(),
  /** ISO date for a preorder's release. */
  releaseDate: z.string().optional(),
});

/**
 * The merchant's own SEO fields, trimmed; empty where the merchant set none. Fallbacks (the name and
 * store, the description text) are applied by `seo/meta.ts` only.
 */
export const merchantSeoSchema = z.object({ pageTitle: z.string(), metaDescription: z.string() });
export type MerchantSeo = z.infer<typeof merchantSeoSchema>;
/** BigCommerce's path of a page: slashes at both ends, or the legacy `/products/name.html` format. */
const pagePathSchema = z.string().regex(/^\/(.*\/|.+\.html)$/, 'must start with / and end with / or .html');
const linkSchema = z.object({ id: z.number().int(), name: z.string(), path: z.string() });

export const productSchema = z.object({
  id: z.number().int(),
  sku: z.string(),
  ...identifiersSchema.shape,
  /** BigCommerce's condition; absent when the store does not say. */
  condition: z.enum(['NEW', 'REFURBISHED', 'USED']).optional(),
  name: z.string(),
  path: pagePathSchema,
  /** Sanitised merchant HTML. */
  descriptionHtml: z.string(),
  plainDescription: z.string(),
  brand: linkSchema.optional(),
  categoryIds: z.array(z.number().int()),
  prices: pricesSchema.nullable(),
  /** All images, the default first; empty means "use the placeholder". */
  images: z.array(imageSchema),
  options: z.array(optionSchema),
  variants: z.array(variantSchema),
  availability: availabilitySchema,
  inStock: z.boolean(),
  availableToSell: z.number().int().nullable(),
  customFields: z.array(z.object({ name: z.string(), value: z.string() })),
  seo: merchantSeoSchema,
  rating: z.object({ count: z.number().int(), average: z.number() }).optional(),
  relatedIds: z.array(z.number().int()),
  warranty: z.string(),
  minQuantity: z.number().int().optional(),
  maxQuantity: z.number().int().optional(),
});
export type Product = z.infer<typeof productSchema>;

/** The data store's one `products` entry: the product snapshot file a build wrote (`product-snapshot-file.ts`). */
export const productSnapshotRefSchema = z.object({
  /** The file's name in the build cache folder (`astro dev` writes one of its own). */
  file: z.string().regex(/^[\w.-]+$/),
  /** SHA-256 of the file's bytes: the file must be exactly the one that build wrote. */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  count: z.number().int().nonnegative(),
});
export type ProductSnapshotRef = z.infer<typeof productSnapshotRefSchema>;

export const categorySchema = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  name: z.string(),
  path: pagePathSchema,
  descriptionHtml: z.string(),
  /** 1 for top-level categories. */
  depth: z.number().int().positive(),
  /** Child category ids in the tree's order. */
  childIds: z.array(z.number().int()),
  image: imageSchema.optional(),
  seo: merchantSeoSchema,
});
export type Category = z.infer<typeof categorySchema>;

export const brandSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  path: pagePathSchema,
  image: imageSchema.optional(),
  seo: merchantSeoSchema,
});
export type Brand = z.infer<typeof brandSchema>;

/** Store-wide settings pages need. */
export const settingsSchema = z.object({
  storeName: z.string(),
  storeHash: z.string(),
  /** The store's image logo; absent when its logo is text. */
  logo: imageSchema.optional(),
  currency: z.object({
    code: z.string().length(3),
    decimalPlaces: z.number().int().min(0),
  }),
  checkoutUrl: z.string().optional(),
  /** Product ids BigCommerce marks featured and newest, for the home page. */
  featuredIds: z.array(z.number().int()),
  newestIds: z.array(z.number().int()),
});
export type Settings = z.infer<typeof settingsSchema>;
