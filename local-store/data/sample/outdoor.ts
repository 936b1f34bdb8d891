/** Outdoor living: furniture, fire and garden wildlife. */
import { copy, type CatalogBuilder } from '../build';

const TEAK_CARE = 'Leave to silver, or oil twice a year to keep the honey colour.';

/** Adds the outdoor products. */
export function addOutdoor(b: CatalogBuilder): void {
  b.product({
    name: 'Teak Folding Chair',
    sku: 'BB-CHAIR',
    brand: 'brass-bramble',
    categories: ['/outdoor/furniture/'],
    price: 189,
    description: copy('Reclaimed teak with brass hinges; folds flat to hang in the shed for winter.'),
    images: [{ hue: 33, landscape: true }, 28],
    fields: { Material: 'Reclaimed teak, brass', Dimensions: 'H 88 × W 48 × D 56 cm', Care: TEAK_CARE },
    reviews: [13, 4.6],
    related: ['acacia-bistro-table'],
    warranty: '5-year structural warranty.',
  });
  b.product({
    name: 'Acacia Bistro Table',
    sku: 'BB-TABLE',
    brand: 'brass-bramble',
    categories: ['/outdoor/furniture/'],
    price: 249,
    salePrice: 199,
    description: copy('A round table for two with a slatted top that sheds rain.'),
    images: [{ hue: 30, landscape: true }],
    fields: { Material: 'FSC acacia, powder-coated steel', Dimensions: 'Ø 70 × H 74 cm', Care: TEAK_CARE },
    related: ['teak-folding-chair'],
  });
  b.product({
    name: 'Hammock with Stand',
    sku: 'BB-HAMMOCK',
    brand: 'brass-bramble',
    categories: ['/outdoor/furniture/'],
    price: 299,
    description: copy('Cotton rope hammock on a larch stand. No trees required.'),
    images: [{ hue: 40, landscape: true }, 225],
    variantOptions: [b.swatch('Pattern', ['Natural', 'Ink Stripe'])],
    stock: 5,
    reviews: [6, 4.5],
  });
  b.product({
    name: 'Corten Steel Fire Pit',
    sku: 'BB-FIRE',
    brand: 'brass-bramble',
    categories: ['/outdoor/fire/'],
    price: 229,
    description: copy('Weathering steel that rusts to a deep, protective patina. Includes a spark guard.'),
    images: [{ hue: 18, landscape: true }, 8, 30],
    variantOptions: [b.choice('Diameter', 'RadioButtons', ['60 cm', '80 cm'])],
    variant: ({ index }) => ({ price: index ? 289 : undefined }),
    modifiers: [
      b.choice('Cover', 'DropdownList', ['No cover', 'Canvas cover', 'Steel lid'], {
        variant: false,
        defaultIndex: null,
        adjustments: [0, 35, 79],
      }),
    ],
    fields: { Material: 'Corten steel', Care: 'Leaves rust marks on light stone; stand it on gravel.' },
    reviews: [44, 4.7],
    warranty: '5-year structural warranty.',
  });
  b.product({
    name: 'Enamel Camping Lantern',
    sku: 'BB-LANTERN',
    brand: 'brass-bramble',
    categories: ['/outdoor/fire/', '/living/lighting/'],
    price: 48,
    description: copy('A rechargeable LED lantern in an old-fashioned enamel shell.'),
    images: [140, 12],
    variantOptions: [b.swatch('Colour', ['Forest', 'Rust'])],
  });
  b.product({
    name: 'Outdoor Seat Pad',
    sku: 'BB-PAD',
    brand: 'brass-bramble',
    categories: ['/outdoor/furniture/'],
    price: 35,
    description: copy('Quick-dry foam in a water-repellent cover, with ties for any chair.'),
    images: [42, 210, 35],
    variantOptions: [b.swatch('Colour', ['Sand', 'Slate', 'Ochre'])],
  });
  b.product({
    name: 'Copper Bird Feeder',
    sku: 'BB-FEEDER',
    brand: 'brass-bramble',
    categories: ['/garden/', '/outdoor/'],
    price: 42,
    description: copy('A hanging seed feeder with a copper roof that turns verdigris green.'),
    images: [26, 170],
    reviews: [19, 4.3],
  });
  b.product({
    name: 'Weatherproof Storage Bench',
    sku: 'BB-BENCH',
    brand: 'brass-bramble',
    categories: ['/outdoor/furniture/', '/garden/'],
    price: 349,
    description: copy('Seats two, stores cushions and tools, and keeps both dry through a winter.'),
    images: [{ hue: 25, landscape: true }],
    stock: 2,
    warranty: '5-year structural warranty.',
  });
}
