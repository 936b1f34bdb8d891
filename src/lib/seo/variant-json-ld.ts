/** A product's variants as schema.org `Product`s of its `ProductGroup`, and what the group varies by. */
import type { Product, Variant } from '../catalog/schema';
import { productStock, stockState } from '../catalog/stock';
import { imageUrl } from '../images';
import { toDecimalString } from '../money';
import { schemaAvailability } from './availability';
import { variantUrl } from '../cart/variant-url';
import { publishedGtin } from './gtin';

type JsonLd = Record<string, unknown>;

/** The schema.org properties an option can stand for, among those Google reads variants by. */
export type VariantProperty = 'color' | 'size' | 'material' | 'pattern';

// A word of the option's name → the property; `suggestedAge`/`suggestedGender` need structured values, so none.
const PROPERTY_BY_WORD: Readonly<Record<string, VariantProperty>> = {
  colour: 'color',
  color: 'color',
  size: 'size',
  material: 'material',
  pattern: 'pattern',
};

/** The property an option name stands for: "Colour" and "Frame colour" → `color`; "Capacity" → none. */
export function variantProperty(optionName: string): VariantProperty | undefined {
  for (const word of optionName.toLowerCase().split(/[^\p{L}]+/u)) {
    const property = PROPERTY_BY_WORD[word];
    if (property) return property;
  }
  return undefined;
}

/** One variant option: its name, the property it stands for (none when another option took it), its labels. */
export interface VariantAxis {
  name: string;
  property?: VariantProperty;
  labels: ReadonlyMap<number, string>;
}

/** A product's variant options in display order; each property goes to the first option that names it. */
export function variantAxes(product: Pick<Product, 'options'>): VariantAxis[] {
  const taken = new Set<VariantProperty>();
  const axes: VariantAxis[] = [];
  for (const option of product.options) {
    if (option.kind !== 'multiple-choice' || !option.isVariantOption) continue;
    const mapped = variantProperty(option.name);
    const property = mapped && !taken.has(mapped) ? mapped : undefined;
    if (property) taken.add(property);
    const labels = new Map(option.values.map((value) => [value.id, value.label]));
    axes.push({ name: option.name, ...(property ? { property } : {}), labels });
  }
  return axes;
}

/** `variesBy`: the schema.org URL of each option's property, and `additionalProperty` once for the rest. */
export function variesBy(axes: readonly VariantAxis[]): string[] {
  const properties = axes.map((axis) => axis.property ?? 'additionalProperty');
  return [...new Set(properties)].map((property) => `https://schema.org/${property}`);
}

const CONDITIONS: Record<NonNullable<Product['condition']>, string> = {
  NEW: 'https://schema.org/NewCondition',
  REFURBISHED: 'https://schema.org/RefurbishedCondition',
  USED: 'https://schema.org/UsedCondition',
};

/** The schema.org `itemCondition` of a product; none when the store does not say. */
export function itemCondition(product: Pick<Product, 'condition'>): { itemCondition?: string } {
  return product.condition ? { itemCondition: CONDITIONS[product.condition] } : {};
}

/** The identifiers to publish for an item: a valid GTIN (or UPC) and its MPN, when it has them. */
export function identifiersJsonLd(item: Pick<Variant, 'gtin' | 'upc' | 'mpn'>): JsonLd {
  const gtin = publishedGtin(item);
  return { ...(gtin ? { gtin } : {}), ...(item.mpn ? { mpn: item.mpn } : {}) };
}

/** A variant's option values: as their properties (`color: "Sage"`), the others as `additionalProperty`. */
function optionValues(axes: readonly VariantAxis[], variant: Variant): { labels: string[]; values: JsonLd } {
  const labels: string[] = [];
  const values: JsonLd = {};
  const additional: JsonLd[] = [];
  for (const axis of axes) {
    const label = variant.optionValueIds
      .map((id) => axis.labels.get(id))
      .find((found) => found !== undefined);
    if (label === undefined) continue;
    labels.push(label);
    if (axis.property) values[axis.property] = label;
    else additional.push({ '@type': 'PropertyValue', name: axis.name, value: label });
  }
  if (additional.length) values.additionalProperty = additional;
  return { labels, values };
}

/**
 * The variants Google can list, as `Product`s of the group at `productUrl`: those with a price (a
 * variant without one is left out, never priced by guess), each with its image or else the product's.
 */
export function variantsJsonLd(product: Product, productUrl: string): JsonLd[] {
  const axes = variantAxes(product);
  const fallbackImage = product.images[0];
  const condition = itemCondition(product);
  const stock = productStock(product);
  return product.variants.flatMap((variant) => {
    const image = variant.image ?? fallbackImage;
    if (!variant.prices || !image) return [];
    const { labels, values } = optionValues(axes, variant);
    const url = variantUrl(productUrl, variant.sku);
    const state = stockState({
      ...stock,
      inStock: variant.inStock,
      available: variant.availableToSell,
      purchasable: variant.purchasable,
    });
    return {
      '@type': 'Product',
      name: labels.length ? `${product.name} (${labels.join(', ')})` : product.name,
      sku: variant.sku,
      ...identifiersJsonLd(variant),
      inProductGroupWithID: product.sku,
      image: imageUrl(image.urlTemplate, '1280w'),
      url,
      ...values,
      offers: {
        '@type': 'Offer',
        url,
        priceCurrency: variant.prices.price.currency,
        price: toDecimalString(variant.prices.price),
        availability: schemaAvailability(state),
        ...condition,
      },
    };
  });
}
