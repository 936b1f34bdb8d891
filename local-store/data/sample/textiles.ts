/** Textiles: throws, cushions, rugs and kitchen linen. */
import { copy, type CatalogBuilder } from '../build';

const LINEN_CARE = 'Machine wash at 40 °C; tumble dry low.';
const RUG_PRICES = [49, 149, 249, 399];
const CUSHION_PRICES: Record<string, number> = { '40 × 40 cm': 32, '50 × 50 cm': 38, '30 × 50 cm': 30 };

/** Adds the textile products. */
export function addTextiles(b: CatalogBuilder): void {
  b.product({
    name: 'Washed Linen Throw',
    sku: 'TL-THROW',
    brand: 'tidewater-linen',
    categories: ['/living/textiles/throws/'],
    price: 79,
    retailPrice: 119,
    description: copy(
      'Heavy stonewashed linen with a hand-knotted fringe: cool in summer, layered in winter.',
    ),
    images: [40, 95, 15, 225],
    variantOptions: [
      b.swatch('Colour', ['Natural', 'Sage', 'Clay', 'Ink']),
      b.choice('Size', 'DropdownList', ['130 × 170 cm', '150 × 200 cm']),
    ],
    variant: ({ choice, valueIndexes, images }) => ({
      price: choice.Size === '150 × 200 cm' ? 99 : undefined,
      imageId: images[valueIndexes[0]].entityId,
    }),
    fields: { Material: '100% European linen', Care: LINEN_CARE },
    seo: {
      title: 'Washed Linen Throw',
      description: 'Stonewashed linen throws in four colours and two sizes.',
    },
    reviews: [77, 4.7],
    related: ['linen-cushion-cover', 'chunky-wool-blanket'],
    featured: true,
  });
  b.product({
    name: 'Chunky Wool Blanket',
    sku: 'TL-WOOL',
    brand: 'tidewater-linen',
    categories: ['/living/textiles/throws/'],
    price: 129,
    salePrice: 99,
    description: copy('Hand-knitted in Merino wool on giant needles. Heavy, warm and slightly ridiculous.'),
    images: [38, 0, 20],
    variantOptions: [b.swatch('Colour', ['Oat', 'Charcoal', 'Rust'])],
    fields: { Material: 'Merino wool', Dimensions: '120 × 150 cm', Care: 'Dry clean only.' },
    reviews: [29, 4.5],
  });
  b.product({
    name: 'Linen Cushion Cover',
    sku: 'TL-CUSHION',
    brand: 'tidewater-linen',
    categories: ['/living/textiles/cushions/'],
    price: 32,
    description: copy('Envelope-back covers with coconut buttons. Inserts sold separately.'),
    images: [42, 98, 225, 355],
    variantOptions: [
      b.swatch('Colour', ['Natural', 'Sage', 'Ink', 'Rose']),
      b.choice('Size', 'DropdownList', Object.keys(CUSHION_PRICES)),
    ],
    variant: ({ choice }) => ({ price: CUSHION_PRICES[choice.Size] }),
    fields: { Material: '100% linen', Care: LINEN_CARE },
    reviews: [53, 4.6],
  });
  b.product({
    name: 'Velvet Cushion',
    sku: 'OF-VELVET',
    brand: 'orbit-fern',
    categories: ['/living/textiles/cushions/'],
    price: 45,
    description: copy('Cotton velvet in deep autumn colours; choose a cover alone or with a feather insert.'),
    images: [35, 150, 320],
    variantOptions: [b.swatch('Colour', ['Ochre', 'Forest', 'Plum'])],
    modifiers: [
      b.choice('Insert', 'RadioButtons', ['Cover only', 'Feather insert', 'Vegan insert'], {
        variant: false,
        required: true,
        adjustments: [0, 15, 12],
      }),
    ],
  });
  b.product({
    name: 'Jute Braided Rug',
    sku: 'OF-JUTE',
    brand: 'orbit-fern',
    categories: ['/living/textiles/rugs/'],
    price: 49,
    description: copy('Hand-braided jute with a tight weave that takes muddy boots in its stride.'),
    images: [{ hue: 38, landscape: true }, 44],
    variantOptions: [
      b.choice('Size', 'DropdownList', ['60 × 90 cm', '120 × 180 cm', '160 × 230 cm', '200 × 300 cm']),
    ],
    variant: ({ index }) => ({ price: RUG_PRICES[index], stock: index === 3 ? 0 : undefined }),
    fields: { Material: 'Jute', Care: 'Vacuum without beater bar; spot clean.' },
    reviews: [24, 4.1],
  });
  b.product({
    name: 'Berber Wool Rug',
    sku: 'OF-BERBER',
    brand: 'orbit-fern',
    categories: ['/living/textiles/rugs/'],
    price: 620,
    retailPrice: 780,
    description: copy(
      'One-of-a-kind rugs knotted in the Atlas mountains. The one in the photo is the one you get.',
    ),
    images: [
      { hue: 30, landscape: true },
      { hue: 0, alt: '' },
    ],
    stock: 3,
    fields: { Material: 'Undyed wool', Dimensions: '170 × 240 cm' },
  });
  b.product({
    name: 'Striped Outdoor Rug',
    sku: 'OF-OUTRUG',
    brand: 'orbit-fern',
    categories: ['/living/textiles/rugs/', '/outdoor/'],
    price: 89,
    description: copy('Woven from recycled bottles; hose it down and leave it out all summer.'),
    images: [220, 95],
    variantOptions: [b.swatch('Pattern', ['Ink Stripe', 'Sage Stripe'])],
  });
  b.product({
    name: 'Linen Tea Towels, Set of 3',
    sku: 'TL-TOWEL',
    brand: 'tidewater-linen',
    categories: ['/kitchen/', '/living/textiles/'],
    price: 28,
    description: copy('Stonewashed linen that dries glasses without lint and softens with every wash.'),
    images: [90, 220],
    variantOptions: [b.swatch('Pattern', ['Sage Stripe', 'Ink Stripe', 'Clay Check'])],
    fields: { Material: '100% linen', Dimensions: '50 × 70 cm', Care: LINEN_CARE },
    reviews: [26, 4.5],
  });
}
