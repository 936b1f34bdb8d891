/** Garden wear: clogs (the 120-variant product), gloves, aprons, hats, and seeds. */
import { copy, type CatalogBuilder } from '../build';
import { upcA } from '../gtin';

const CLOG_COLOURS = [
  'Sage',
  'Clay',
  'Ink',
  'Cream',
  'Mustard',
  'Moss',
  'Terracotta',
  'Sky',
  'Forest',
  'Sand',
  'Slate',
  'Plum',
];
const CLOG_SIZES = ['EU 36', 'EU 37', 'EU 38', 'EU 39', 'EU 40', 'EU 41', 'EU 42', 'EU 43', 'EU 44', 'EU 45'];

/** Adds the garden wear products. */
export function addGardenWear(b: CatalogBuilder): void {
  b.product({
    name: 'Fern Garden Clog',
    sku: 'OF-CLOG',
    brand: 'orbit-fern',
    categories: ['/garden/garden-wear/'],
    price: 65,
    description: copy('Waterproof clogs with a cork footbed that hose clean and slip on at the back door.', [
      'Natural rubber, no PVC',
      'Removable cork insole',
      'Whole sizes only; half sizes take the next size up',
    ]),
    images: [95, 15, 225, 45],
    variantOptions: [b.swatch('Colour', CLOG_COLOURS), b.choice('Size', 'RectangleBoxList', CLOG_SIZES)],
    // The largest sizes cost more; roughly one combination in eleven has sold out.
    variant: ({ choice, index }) => ({
      price: choice.Size === 'EU 44' || choice.Size === 'EU 45' ? 69 : undefined,
      stock: index % 11 === 4 ? 0 : undefined,
      // Barcoded for the US importer: UPC-A, no EAN.
      upc: upcA('081234', 1200 + index),
    }),
    fields: { Material: 'Natural rubber, cork', Care: 'Rinse with the hose; keep out of direct sun.' },
    seo: {
      title: 'Fern Garden Clog — 12 colours',
      description: 'Waterproof rubber garden clogs with cork insoles.',
    },
    reviews: [203, 4.6],
    related: ['leather-garden-gloves', 'waxed-canvas-apron'],
    featured: true,
  });
  b.product({
    name: 'Leather Garden Gloves',
    sku: 'MG-GLOVES',
    brand: 'mossgrove',
    categories: ['/garden/garden-wear/'],
    price: 29,
    description: copy('Goatskin palms, breathable backs and long cuffs for rose pruning.'),
    images: [36, 0],
    variantOptions: [
      b.swatch('Colour', ['Natural', 'Charcoal']),
      b.choice('Size', 'RectangleBoxList', ['S', 'M', 'L', 'XL'], { defaultIndex: 1 }),
    ],
    variant: ({ choice }) => ({
      stock: choice.Colour === 'Charcoal' && choice.Size === 'XL' ? 0 : undefined,
    }),
    fields: { Material: 'Goatskin leather, cotton', Care: 'Air dry away from heat.' },
    reviews: [45, 4.3],
  });
  b.product({
    name: 'Waxed Canvas Apron',
    sku: 'OF-APRON',
    brand: 'orbit-fern',
    categories: ['/garden/garden-wear/', '/kitchen/'],
    price: 48,
    description: copy('Cross-back apron in waxed cotton canvas with a tool pocket and brass hardware.'),
    images: [70, 20, 225],
    variantOptions: [b.swatch('Colour', ['Olive', 'Walnut', 'Ink'])],
    modifiers: [b.text('Monogram', { maxLength: 3 })],
    fields: { Material: 'Waxed cotton canvas', Care: 'Sponge clean; re-wax yearly.' },
    reviews: [31, 4.7],
  });
  b.product({
    name: 'Wide-Brim Sun Hat',
    sku: 'OF-HAT',
    // A store on BigCommerce's legacy URL format keeps its `.html` product URLs.
    path: '/products/wide-brim-sun-hat.html',
    brand: 'orbit-fern',
    categories: ['/garden/garden-wear/'],
    price: 42,
    description: copy('Packable paper-straw hat with a cotton sweatband and chin cord.'),
    images: [45, 30],
    variantOptions: [
      b.swatch('Colour', ['Natural', 'Sand']),
      b.choice('Size', 'DropdownList', ['S (55 cm)', 'M (57 cm)', 'L (59 cm)'], { defaultIndex: null }),
    ],
  });
  b.product({
    name: 'Heirloom Seed Collection',
    sku: 'OF-SEEDS',
    brand: 'orbit-fern',
    categories: ['/garden/'],
    price: 18,
    description: copy('Twelve open-pollinated varieties chosen for small plots, with a sowing calendar.'),
    images: [120, 60],
    stock: null,
    maxQuantity: 5,
    reviews: [8, 4.8],
  });
}
