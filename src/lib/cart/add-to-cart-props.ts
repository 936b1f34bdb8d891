/** The add-to-cart island's props: a product reduced to plain, serialisable picker and variant data. */
import type { Prices, Product, ProductOption } from '../catalog/schema';
import { productStock } from '../catalog/stock';
import { swatchBackground } from '../catalog/swatch';
import { buildSrcset, imageUrl } from '../images';

/** How a multiple-choice option is drawn, from BigCommerce's `displayStyle`. */
export type ChoiceStyle = 'swatch' | 'radio' | 'boxes' | 'select';

interface PickerBase {
  id: number;
  name: string;
  required: boolean;
}

/** One option picker: variant options and modifiers alike. */
export type PickerOption =
  | (PickerBase & {
      kind: 'choice';
      /** True for options that pick the variant; false for modifiers. */
      variant: boolean;
      style: ChoiceStyle;
      /** `swatch`: the value's validated swatch background (see `swatchBackground`), when it has colours. */
      values: { id: number; label: string; isDefault: boolean; swatch?: string }[];
    })
  | (PickerBase & { kind: 'checkbox'; label: string; checked: boolean; checkedId: number })
  | (PickerBase & { kind: 'text'; defaultValue?: string; minLength?: number; maxLength?: number })
  | (PickerBase & { kind: 'number'; defaultValue?: number; min?: number; max?: number; integer: boolean });

/** An image as `<img>` attributes. */
export interface PickerImage {
  src: string;
  srcset: string;
  alt: string;
}

/** What the island knows of one variant; amounts in minor units of the props' currency. */
export interface VariantChoice {
  id: number;
  sku: string;
  valueIds: number[];
  price: number | null;
  /** The price before a sale, only when higher. */
  basePrice?: number;
  /** The MSRP, from the build (live data does not carry it). */
  retailPrice?: number;
  purchasable: boolean;
  inStock: boolean;
  /** Units available; null when stock is not tracked. */
  available: number | null;
  image?: PickerImage;
}

/** Everything the add-to-cart island renders from. */
export interface AddToCartProps {
  productId: number;
  name: string;
  currency: string;
  /** The product's own price and stock, for when no variant is chosen yet. */
  price: number | null;
  basePrice?: number;
  retailPrice?: number;
  inStock: boolean;
  available: number | null;
  /** Set false by live data once the store no longer sells the product. */
  purchasable?: boolean;
  status: Product['availability']['status'];
  /** A preorder's release date as the static page words it. */
  releaseDateText?: string;
  /** The merchant's availability text, shown under the stock line. */
  availabilityNote?: string;
  image?: PickerImage;
  options: PickerOption[];
  variants: VariantChoice[];
  minQuantity: number;
  maxQuantity: number | null;
}

/** The picker style for a BigCommerce `displayStyle`. */
export function choiceStyle(displayStyle: string): ChoiceStyle {
  if (displayStyle === 'Swatch') return 'swatch';
  if (displayStyle === 'DropdownList') return 'select';
  if (displayStyle === 'RectangleBoxList') return 'boxes';
  return 'radio';
}

// Island props go through JSON, which drops undefined fields; dropping them here keeps props and page equal.
function withoutUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

function toPicker(option: ProductOption): PickerOption {
  const base = { id: option.id, name: option.name, required: option.required };
  switch (option.kind) {
    case 'multiple-choice':
      return {
        ...base,
        kind: 'choice',
        variant: option.isVariantOption,
        style: choiceStyle(option.displayStyle),
        values: option.values.map((value) => {
          const swatch = swatchBackground(value.hexColors);
          return {
            id: value.id,
            label: value.label,
            isDefault: value.isDefault,
            ...(swatch ? { swatch } : {}),
          };
        }),
      };
    case 'checkbox':
      return {
        ...base,
        kind: 'checkbox',
        label: option.label,
        checked: option.checkedByDefault,
        checkedId: option.checkedValueId,
      };
    case 'text':
      return withoutUndefined({
        ...base,
        kind: 'text',
        defaultValue: option.defaultValue,
        minLength: option.minLength,
        maxLength: option.maxLength,
      });
    case 'number': {
      const lowerBound = option.limitBy === 'LOWEST_VALUE' || option.limitBy === 'RANGE';
      const upperBound = option.limitBy === 'HIGHEST_VALUE' || option.limitBy === 'RANGE';
      return withoutUndefined({
        ...base,
        kind: 'number',
        defaultValue: option.defaultValue,
        min: lowerBound ? option.lowest : undefined,
        max: upperBound ? option.highest : undefined,
        integer: option.integerOnly,
      });
    }
  }
}

function toImage(image: Product['images'][number], fallbackAlt: string): PickerImage {
  return {
    src: imageUrl(image.urlTemplate, '320w'),
    srcset: buildSrcset(image.urlTemplate, [160, 320, 640]),
    alt: image.alt.trim() || fallbackAlt,
  };
}

function priceProps(prices: Prices | null): Pick<VariantChoice, 'price' | 'basePrice' | 'retailPrice'> {
  return {
    price: prices?.price.amount ?? null,
    ...(prices?.basePrice ? { basePrice: prices.basePrice.amount } : {}),
    ...(prices?.retailPrice ? { retailPrice: prices.retailPrice.amount } : {}),
  };
}

/**
 * Reduces a product to the add-to-cart island's props, with no undefined fields (they would not survive JSON).
 * `storeCurrency` is used only when neither the product nor a variant has a price.
 */
export function toAddToCartProps(product: Product, storeCurrency = 'USD'): AddToCartProps {
  const stock = productStock(product);
  const variants: VariantChoice[] = product.variants.map((variant) => ({
    id: variant.id,
    sku: variant.sku,
    valueIds: variant.optionValueIds,
    ...priceProps(variant.prices),
    purchasable: variant.purchasable,
    inStock: variant.inStock,
    available: variant.availableToSell,
    ...(variant.image ? { image: toImage(variant.image, product.name) } : {}),
  }));
  return {
    productId: product.id,
    name: product.name,
    currency:
      product.prices?.price.currency ??
      product.variants.find((variant) => variant.prices)?.prices?.price.currency ??
      storeCurrency,
    ...priceProps(product.prices),
    inStock: product.inStock,
    available: product.availableToSell,
    status: product.availability.status,
    ...(stock.releaseDateText ? { releaseDateText: stock.releaseDateText } : {}),
    ...(stock.note ? { availabilityNote: stock.note } : {}),
    ...(product.images[0] ? { image: toImage(product.images[0], product.name) } : {}),
    options: product.options.map(toPicker),
    variants,
    minQuantity: Math.max(1, product.minQuantity ?? 1),
    maxQuantity: product.maxQuantity && product.maxQuantity > 0 ? product.maxQuantity : null,
  };
}
