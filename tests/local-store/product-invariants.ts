/** Consistency rules for one product's options, variants, prices, stock and images. */
import type { IdentifierFields, MultipleChoiceRecord, ProductRecord } from '../../local-store/data/types';
import { isValidGtin } from '../../src/lib/seo/gtin';

const HEX_PATTERN = /^#[0-9a-f]{6}$/;

function variantOptionsOf(product: ProductRecord): MultipleChoiceRecord[] {
  return product.options.filter(
    (option): option is MultipleChoiceRecord => option.kind === 'MultipleChoice' && option.isVariantOption,
  );
}

/** Options, variants, prices, stock and images of one product. */
export function productViolations(product: ProductRecord): string[] {
  const problems: string[] = [];
  const id = product.entityId;
  const variantOptions = variantOptionsOf(product);
  for (const option of product.options) {
    if (option.kind === 'MultipleChoice') {
      if (option.values.length === 0) problems.push(`product ${id}: option ${option.entityId} has no values`);
      if (option.values.filter((value) => value.isDefault).length > 1)
        problems.push(`product ${id}: two defaults`);
      for (const value of option.values) {
        const isSwatch = option.displayStyle === 'Swatch';
        const colours = value.hexColors ?? [];
        if (isSwatch !== colours.length > 0 || !colours.every((hex) => HEX_PATTERN.test(hex))) {
          problems.push(`product ${id}: value ${value.entityId} has wrong swatch colours`);
        }
      }
      const valueIds = new Set(option.values.map((value) => value.entityId));
      const adjusted = Object.keys(option.priceAdjustments ?? {}).map(Number);
      if (
        adjusted.length &&
        (option.isVariantOption || !adjusted.every((valueId) => valueIds.has(valueId)))
      ) {
        problems.push(`product ${id}: price adjustments on option ${option.entityId} are misplaced`);
      }
    }
    if (option.kind === 'NumberField') {
      const { lowest = -Infinity, highest = Infinity, defaultValue } = option;
      if (
        lowest > highest ||
        (defaultValue !== undefined && (defaultValue < lowest || defaultValue > highest))
      ) {
        problems.push(`product ${id}: number field ${option.entityId} has inconsistent limits`);
      }
    }
  }
  // Every combination of variant option values must have exactly one variant.
  const combinations = variantOptions.reduce((count, option) => count * option.values.length, 1);
  const keys = new Set<string>();
  for (const variant of product.variants) {
    const fits =
      variant.optionValueIds.length === variantOptions.length &&
      variant.optionValueIds.every((valueId, i) =>
        variantOptions[i].values.some((v) => v.entityId === valueId),
      );
    if (!fits) problems.push(`variant ${variant.entityId} does not pick one value of each variant option`);
    keys.add(variant.optionValueIds.join(','));
    const price = variant.price ?? product.price;
    const salePrice = variant.salePrice ?? product.salePrice;
    if (product.price === null && (variant.price !== undefined || variant.salePrice !== undefined)) {
      problems.push(`variant ${variant.entityId} prices a price-on-request product`);
    }
    if (
      price !== null &&
      (price < 0 || (salePrice !== undefined && !(salePrice >= 0 && salePrice < price)))
    ) {
      problems.push(`variant ${variant.entityId} has a sale price not below its price`);
    }
    if (product.retailPrice !== undefined && price !== null && !(product.retailPrice > price)) {
      problems.push(`variant ${variant.entityId} costs at least the retail price`);
    }
    if (variant.stock !== null && !(Number.isInteger(variant.stock) && variant.stock >= 0)) {
      problems.push(`variant ${variant.entityId} has stock ${variant.stock}`);
    }
  }
  if (product.variants.length !== combinations || keys.size !== combinations) {
    problems.push(
      `product ${id}: ${product.variants.length} variants cover ${keys.size} of ${combinations} combinations`,
    );
  }
  if (product.price === null && (product.salePrice !== undefined || product.retailPrice !== undefined)) {
    problems.push(`product ${id} is price-on-request but has sale or retail prices`);
  }
  if (product.price !== null && product.price < 0) problems.push(`product ${id} has a negative price`);
  if (product.stock !== null && !(Number.isInteger(product.stock) && product.stock >= 0)) {
    problems.push(`product ${id} has stock ${product.stock}`);
  }
  if (product.availability === 'Preorder' && !product.preorderReleaseDate) {
    problems.push(`preorder product ${id} has no release date`);
  }
  if (product.images.length && product.images.filter((image) => image.isDefault).length !== 1) {
    problems.push(`product ${id} does not have exactly one default image`);
  }
  for (const image of product.images) {
    if (!(image.hue >= 0 && image.hue < 360 && image.width > 0 && image.height > 0 && image.fileName)) {
      problems.push(`image ${image.entityId} is malformed`);
    }
  }
  if (Number.isNaN(Date.parse(product.createdAt))) problems.push(`product ${id} has a bad createdAt`);
  return [...problems, ...identifierViolations(product, variantOptions.length > 0)];
}

/** Barcodes with right check digits, MPNs as typed, and a base variant that carries its product's identifiers. */
function identifierViolations(product: ProductRecord, hasVariantOptions: boolean): string[] {
  const problems: string[] = [];
  const check = (what: string, item: IdentifierFields) => {
    if (item.gtin !== undefined && !isValidGtin(item.gtin)) problems.push(`${what}: bad GTIN ${item.gtin}`);
    if (item.upc !== undefined && !(item.upc.length === 12 && isValidGtin(item.upc)))
      problems.push(`${what}: bad UPC ${item.upc}`);
    if (item.mpn !== undefined && !(item.mpn && item.mpn === item.mpn.trim()))
      problems.push(`${what}: blank MPN`);
  };
  check(`product ${product.entityId}`, product);
  for (const variant of product.variants) check(`variant ${variant.entityId}`, variant);
  const [base] = product.variants;
  const same = (key: keyof IdentifierFields) => base[key] === product[key];
  if (!hasVariantOptions && !(same('gtin') && same('mpn') && same('upc')))
    problems.push(`product ${product.entityId}: its base variant has other identifiers`);
  return problems;
}
