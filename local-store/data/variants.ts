/** Expands a product's variant options into one variant per combination of their values. */
import type { ImageRecord, MultipleChoiceRecord, OptionValueRecord, VariantRecord } from './types';

/** What a single variant may change from the defaults `withVariants` gives it. */
export type VariantOverrides = Partial<
  Pick<VariantRecord, 'price' | 'salePrice' | 'stock' | 'isPurchasable' | 'imageId' | 'gtin' | 'mpn' | 'upc'>
>;

/** Where a variant sits: its value label by option name, plus indexes for picking images or prices. */
export interface VariantPlace {
  choice: Record<string, string>;
  /** Position of the variant in the expansion (the last option varies fastest). */
  index: number;
  /** Index of the chosen value within each variant option. */
  valueIndexes: number[];
  images: ImageRecord[];
}

/** Per-variant adjustments; return nothing to keep the defaults. */
export type VariantTweak = (place: VariantPlace) => VariantOverrides | void;

/** What `withVariants` needs besides the options: ids, the SKU stem, default stock and tweaks. */
export interface VariantExpansion {
  nextId: () => number;
  /** The product SKU: the base variant's SKU, and the prefix of every option variant's SKU. */
  sku: string;
  /** Typical units per variant; a few variants get a little less so stock looks lived-in. */
  stock: number | null;
  images: ImageRecord[];
  tweak?: VariantTweak;
}

/** The SKU fragment naming one option value, e.g. `28 cm` → `28CM`. */
export function skuCode(value: OptionValueRecord, index: number): string {
  const code = value.label
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase();
  return code || `V${index + 1}`;
}

/** Units for the n-th variant: between half the typical stock and all of it, never zero. */
export function varyStock(stock: number | null, n: number): number | null {
  if (stock === null || stock === 0) return stock;
  return stock - ((n * 5) % Math.max(1, Math.ceil(stock / 2)));
}

/** The place handed to a tweak; `choice` is built only when a tweak reads it. */
class Place implements VariantPlace {
  constructor(
    private readonly options: MultipleChoiceRecord[],
    readonly index: number,
    readonly valueIndexes: number[],
    readonly images: ImageRecord[],
  ) {}

  get choice(): Record<string, string> {
    const choice: Record<string, string> = {};
    this.options.forEach(
      (option, i) => (choice[option.displayName] = option.values[this.valueIndexes[i]].label),
    );
    return choice;
  }
}

/**
 * One variant per combination of the variant options' values (the cartesian product). A product
 * without variant options gets its single base variant, carrying the product's own SKU.
 */
export function withVariants(options: MultipleChoiceRecord[], make: VariantExpansion): VariantRecord[] {
  const counts = options.map((option) => option.values.length);
  const codes = options.map((option) => option.values.map(skuCode));
  const total = counts.reduce((product, count) => product * count, 1);
  const variants: VariantRecord[] = new Array(total);
  for (let n = 0; n < total; n++) {
    const valueIndexes = new Array<number>(options.length);
    const optionValueIds = new Array<number>(options.length);
    const skuParts = [make.sku];
    let rest = n;
    for (let i = options.length - 1; i >= 0; i--) {
      valueIndexes[i] = rest % counts[i];
      rest = Math.floor(rest / counts[i]);
      optionValueIds[i] = options[i].values[valueIndexes[i]].entityId;
    }
    // A joined string is flat; repeated `+=` would keep a chain of small strings alive per variant.
    for (let i = 0; i < options.length; i++) skuParts.push(codes[i][valueIndexes[i]]);
    const variant: VariantRecord = {
      entityId: make.nextId(),
      sku: skuParts.join('-'),
      optionValueIds,
      stock: varyStock(make.stock, n),
      isPurchasable: true,
    };
    const overrides = make.tweak?.(new Place(options, n, valueIndexes, make.images));
    if (overrides) assignDefined(variant, overrides);
    variants[n] = variant;
  }
  return variants;
}

/** Copies only the overrides that hold a value, so "absent means inherit" stays true. */
function assignDefined(variant: VariantRecord, overrides: VariantOverrides): void {
  if (overrides.price !== undefined) variant.price = overrides.price;
  if (overrides.salePrice !== undefined) variant.salePrice = overrides.salePrice;
  if (overrides.stock !== undefined) variant.stock = overrides.stock;
  if (overrides.isPurchasable !== undefined) variant.isPurchasable = overrides.isPurchasable;
  if (overrides.imageId !== undefined) variant.imageId = overrides.imageId;
  if (overrides.gtin !== undefined) variant.gtin = overrides.gtin;
  if (overrides.mpn !== undefined) variant.mpn = overrides.mpn;
  if (overrides.upc !== undefined) variant.upc = overrides.upc;
}

/** A product's aggregated stock: the sum over tracked variants, `null` when none is tracked. */
export function totalStock(variants: VariantRecord[]): number | null {
  const tracked = variants.filter((variant) => variant.stock !== null);
  return tracked.length ? tracked.reduce((sum, variant) => sum + (variant.stock ?? 0), 0) : null;
}
