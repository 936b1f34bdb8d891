/** The variant data embedded in a product page for the add-to-cart island to read. */
import type { Money, Product, ProductOption } from '../../lib/catalog/schema';
import { imageUrl } from '../../lib/images';

/** The id of the `<script type="application/json">` element that holds `ProductData`. */
export const PRODUCT_DATA_ID = 'product-data';

/** One variant's price and stock. */
export interface VariantData {
  id: number;
  sku: string;
  price: Money | null;
  basePrice: Money | null;
  purchasable: boolean;
  inStock: boolean;
  availableToSell: number | null;
  /** The variant's own image at 640w, when it has one. */
  image: string | null;
}

/** Everything the add-to-cart island needs, serialised into the page. */
export interface ProductData {
  productId: number;
  name: string;
  currency: string;
  availability: Product['availability']['status'];
  /** The product's own prices, for when no variant matches yet. */
  prices: Product['prices'];
  minQuantity: number | null;
  maxQuantity: number | null;
  options: ProductOption[];
  /** Variants keyed by `variantKey` of their option value ids. */
  variants: Record<string, VariantData>;
}

/** The lookup key of a combination of option value ids, whatever order they were chosen in. */
export function variantKey(optionValueIds: readonly number[]): string {
  return [...optionValueIds].sort((a, b) => a - b).join('-');
}

/** Builds the embedded product data: option values → variant id, price and stock. */
export function productData(product: Product, currency: string): ProductData {
  const variants: Record<string, VariantData> = {};
  for (const variant of product.variants) {
    variants[variantKey(variant.optionValueIds)] = {
      id: variant.id,
      sku: variant.sku,
      price: variant.prices?.price ?? null,
      basePrice: variant.prices?.basePrice ?? null,
      purchasable: variant.purchasable,
      inStock: variant.inStock,
      availableToSell: variant.availableToSell,
      image: variant.image ? imageUrl(variant.image.urlTemplate, '640w') : null,
    };
  }
  return {
    productId: product.id,
    name: product.name,
    currency: product.prices?.price.currency ?? currency,
    availability: product.availability.status,
    prices: product.prices,
    minQuantity: product.minQuantity ?? null,
    maxQuantity: product.maxQuantity ?? null,
    options: product.options,
    variants,
  };
}
