/** One seeded benchmark product: name, prices, variant options, modifiers, images and copy. */
import type { CatalogBuilder, ImageSpec, ProductSpec } from '../build';
import { gtin13 } from '../gtin';
import { SOLID_COLOURS } from '../palette';
import type { Random } from '../random';
import type { MultipleChoiceRecord, OptionRecord } from '../types';
import type { VariantTweak } from '../variants';
import type { Leaf } from './taxonomy';
import { BENEFITS, CARE_NOTES, LINES, QUALITIES, SIZE_LADDERS } from './words';

/** What the generator knows when it invents the i-th product. */
export interface ProductContext {
  builder: CatalogBuilder;
  random: Random;
  leaves: Leaf[];
  brandSlugs: string[];
  index: number;
  /** Every `featuredEvery`-th product is featured. */
  featuredEvery: number;
  /** Uses of each name slug so far, to number repeats like BigCommerce does. */
  slugUses: Map<string, number>;
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2025, 0, 1);
/** GS1 prefix of the generated barcodes; the item reference is the product index and variant position. */
const GS1_PREFIX = '400';

// Without random draws, so that adding barcodes left every other generated value as it was.
const hasBarcodes = (index: number) => index % 4 !== 3;
const barcode = (index: number, variant = 0) => gtin13(GS1_PREFIX, index * 1000 + variant);

function cents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/** 0–2 variant options: none, colours, sizes, or both; a few products get 36–100 variants. */
function variantOptionsFor(builder: CatalogBuilder, random: Random): MultipleChoiceRecord[] {
  const roll = random.next();
  const [colours, sizes] =
    roll < 0.35
      ? [0, 0]
      : roll < 0.55
        ? [random.int(2, 6), 0]
        : roll < 0.72
          ? [0, random.int(2, 5)]
          : roll < 0.994
            ? [random.int(2, 6), random.int(2, 5)]
            : [random.int(6, 10), random.int(6, 10)];
  const options: MultipleChoiceRecord[] = [];
  if (colours) options.push(builder.swatch('Colour', random.sample(SOLID_COLOURS, colours)));
  if (sizes) {
    const ladder = random.pick(SIZE_LADDERS);
    const start = random.int(0, ladder.sizes.length - sizes);
    options.push(builder.choice(ladder.name, ladder.style, ladder.sizes.slice(start, start + sizes)));
  }
  return options;
}

function modifiersFor(builder: CatalogBuilder, random: Random): OptionRecord[] {
  const modifiers: OptionRecord[] = [];
  if (random.chance(0.05)) modifiers.push(builder.checkbox('Gift wrap', 'Add gift wrap'));
  if (random.chance(0.03)) modifiers.push(builder.text('Engraving', { maxLength: random.int(10, 30) }));
  if (random.chance(0.01))
    modifiers.push(builder.number('Quantity per pack', { lowest: 1, highest: 12, integerOnly: true }));
  if (random.chance(0.02)) {
    const adjustments = [0, random.int(3, 9), random.int(10, 25)];
    modifiers.push(
      builder.choice('Gift box', 'DropdownList', ['None', 'Kraft box', 'Wooden box'], {
        variant: false,
        adjustments,
      }),
    );
  }
  return modifiers;
}

/** The spec of the product at `context.index`. */
export function productSpec(context: ProductContext): ProductSpec {
  const { builder, random, leaves, brandSlugs, index, slugUses } = context;
  const leaf = random.pick(leaves);
  const { department } = leaf;
  const material = random.pick(department.materials);
  const name = `${random.pick(LINES)} ${material} ${random.pick(department.nouns)}`;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const uses = (slugUses.get(slug) ?? 0) + 1;
  slugUses.set(slug, uses);

  const onRequest = random.chance(0.003);
  const price = onRequest
    ? null
    : cents(Math.floor(4 + 596 * random.next() ** 2.5) + (random.chance(0.6) ? 0.99 : 0));
  const saleFactor = price !== null && random.chance(0.15) ? 0.6 + 0.3 * random.next() : null;
  const variantOptions = variantOptionsFor(builder, random);
  const sizeOption = variantOptions.findIndex((option) => option.displayStyle !== 'Swatch');
  const upcharge =
    price !== null && sizeOption >= 0 && random.chance(0.6) ? Math.max(1, Math.round(price * 0.12)) : 0;
  const outOfStock = random.chance(0.3) ? 0.15 : 0.02;
  const variant: VariantTweak = ({ valueIndexes, index: position }) => {
    const step = upcharge && valueIndexes[sizeOption];
    const variantPrice = step && price !== null ? cents(price + upcharge * step) : undefined;
    return {
      price: variantPrice,
      salePrice: variantPrice && saleFactor ? cents(variantPrice * saleFactor) : undefined,
      stock: random.chance(outOfStock) ? 0 : undefined,
      isPurchasable: random.chance(0.01) ? false : undefined,
      gtin: variantOptions.length && hasBarcodes(index) ? barcode(index, position + 1) : undefined,
    };
  };
  const highest =
    price === null ? 0 : price + upcharge * ((variantOptions[sizeOption]?.values.length ?? 1) - 1);
  const imageCount = random.chance(0.03) ? 0 : random.int(1, 3);
  const firstHue = random.int(0, 359);
  const images: ImageSpec[] = Array.from({ length: imageCount }, (_, i) => ({
    hue: (firstHue + i * 97) % 360,
    landscape: i === 0 && random.chance(0.25),
  }));
  const roll = random.next();
  const availability = roll < 0.01 ? 'Unavailable' : roll < 0.02 ? 'Preorder' : 'Available';
  const fields: Record<string, string> = { Material: material };
  if (random.chance(0.4)) fields.Dimensions = `${random.int(5, 120)} × ${random.int(5, 120)} cm`;
  if (random.chance(0.5)) fields.Care = random.pick(CARE_NOTES);
  const createdAt = new Date(FIRST_DAY + Math.floor(random.next() * 730 * DAY_MS)).toISOString();

  const spec: ProductSpec = {
    name,
    sku: `${department.code}-${String(index + 1).padStart(6, '0')}`,
    path: uses > 1 ? `/${slug}-${uses}/` : `/${slug}/`,
    brand: random.chance(0.9) ? random.pick(brandSlugs) : null,
    categories: random.chance(0.08) ? [...new Set([leaf.path, random.pick(leaves).path])] : [leaf.path],
    price,
    description:
      `<p>The ${name} is ${random.pick(QUALITIES)}. ${random.pick(BENEFITS)}</p>` +
      (random.chance(0.3) ? `<ul><li>${material}</li><li>${random.pick(CARE_NOTES)}</li></ul>` : ''),
    images,
    variantOptions,
    variant,
    modifiers: modifiersFor(builder, random),
    stock: random.chance(0.05) ? null : random.int(1, 80),
    availability,
    fields,
    reviews: random.chance(0.6) ? [random.int(1, 250), 3.2 + 1.8 * random.next()] : [0, 0],
    createdAt,
    featured: index % context.featuredEvery === 0,
    hidden: random.chance(0.005),
  };
  if (!variantOptions.length && hasBarcodes(index)) spec.gtin = barcode(index);
  if (index % 3 === 0) spec.mpn = `${department.code}-${String(index + 1).padStart(6, '0')}-M`;
  if (saleFactor !== null && price !== null) spec.salePrice = cents(price * saleFactor);
  if (price !== null && random.chance(0.15))
    spec.retailPrice = cents(highest * (1.15 + 0.35 * random.next()) + 1);
  if (availability === 'Preorder') {
    const month = random.int(1, 12);
    spec.preorderReleaseDate = `2027-${String(month).padStart(2, '0')}-15`;
    spec.availabilityDescription = `Ships from ${month}/15/2027`;
  }
  if (random.chance(0.5)) spec.seo = { title: `${name} | Benchmark Store`, description: `Shop the ${name}.` };
  if (random.chance(0.1)) spec.warranty = `${random.int(1, 10)}-year warranty.`;
  return spec;
}
