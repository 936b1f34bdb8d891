/** Planters and terrariums, including the long-description cold frame. */
import { copy, type CatalogBuilder } from '../build';
import { COLD_FRAME_DESCRIPTION } from './copy';

const TERRACOTTA_PRICES = [6, 9, 14, 22, 34];
const GLAZED_PRICES: Record<string, number> = { Small: 28, Medium: 42, Large: 64 };

/** Adds the planter and terrarium products. */
export function addPlanters(b: CatalogBuilder): void {
  b.product({
    name: 'Orbit Terrarium, Large',
    sku: 'OF-TERR-L',
    path: '/orbit-terrarium-large/',
    brand: 'orbit-fern',
    categories: ['/garden/planters/terrariums/'],
    price: 129,
    salePrice: 109,
    retailPrice: 149,
    description: copy('A hand-blown glass sphere on an oak base: a self-watering world for ferns and moss.', [
      'Ø 30 cm mouth-blown glass',
      'Solid oak base with cork seal',
      'Planting guide included',
    ]),
    images: [150, 90, 35, { hue: 200, alt: 'Terrarium on a bookshelf', landscape: true }],
    modifiers: [
      b.checkbox('Gift wrap', 'Add gift wrap and a card'),
      b.text('Gift message', { maxLength: 120 }),
    ],
    fields: {
      Material: 'Glass, oak, cork',
      Dimensions: 'Ø 30 × 34 cm',
      Care: 'Mist weekly; keep out of sun.',
    },
    seo: { title: 'Orbit Terrarium (Large)', description: 'Hand-blown glass terrarium on an oak base.' },
    reviews: [92, 4.8],
    related: ['orbit-terrarium-small', 'terrarium-starter-kit', 'moss-pebble-refill-pack'],
    warranty: '2-year warranty on the glass and seal.',
    featured: true,
  });
  b.product({
    name: 'Orbit Terrarium, Small',
    sku: 'OF-TERR-S',
    path: '/orbit-terrarium-small/',
    brand: 'orbit-fern',
    categories: ['/garden/planters/terrariums/'],
    price: 69,
    description: copy('The Orbit in a desk-sized 18 cm sphere.'),
    images: [155, 95],
    fields: { Material: 'Glass, oak, cork', Dimensions: 'Ø 18 × 21 cm' },
    reviews: [40, 4.7],
    related: ['orbit-terrarium-large'],
  });
  b.product({
    name: 'Hanging Glass Terrarium',
    sku: 'OF-HANG',
    brand: 'orbit-fern',
    categories: ['/garden/planters/terrariums/'],
    price: 42,
    description: copy('A teardrop of glass on a leather cord, for air plants in a bright window.'),
    images: [165, 55, 25],
    variantOptions: [b.swatch('Frame', ['Brass', 'Black', 'Copper'])],
  });
  b.product({
    name: 'Terrarium Starter Kit',
    sku: 'OF-TKIT',
    brand: 'orbit-fern',
    categories: ['/garden/planters/terrariums/'],
    price: 36,
    description: copy('Gravel, charcoal, substrate and two moss species: everything but the glass.'),
    images: [125],
    modifiers: [b.checkbox('Gift wrap', 'Add gift wrap', true)],
    reviews: [12, 4.2],
  });
  b.product({
    name: 'Moss & Pebble Refill Pack',
    sku: 'OF-MOSS',
    brand: 'orbit-fern',
    categories: ['/garden/planters/terrariums/'],
    price: 12,
    description: copy('Cushion moss and river pebbles to refresh a terrarium.'),
    images: [115],
    stock: 4,
  });
  b.product({
    name: 'Terracotta Pot',
    sku: 'MG-POT',
    brand: 'mossgrove',
    categories: ['/garden/planters/'],
    price: 6,
    description: copy('Frost-proof Impruneta terracotta with a drainage hole.'),
    images: [18],
    variantOptions: [b.choice('Diameter', 'RectangleBoxList', ['10 cm', '14 cm', '18 cm', '24 cm', '30 cm'])],
    variant: ({ index }) => ({ price: TERRACOTTA_PRICES[index] }),
    fields: { Material: 'Terracotta', Care: 'Frost-proof to −15 °C.' },
  });
  b.product({
    name: 'Glazed Planter',
    sku: 'KS-PLANTER',
    brand: 'kiln-street',
    categories: ['/garden/planters/', '/living/'],
    price: 28,
    description: copy('Indoor planters with a reactive glaze and a matching saucer.'),
    images: [180, 40, 50],
    variantOptions: [
      b.swatch('Colour', ['Teal', 'Ochre', 'Cream']),
      b.choice('Size', 'DropdownList', ['Small', 'Medium', 'Large']),
    ],
    variant: ({ choice }) => ({
      price: GLAZED_PRICES[choice.Size],
      stock: choice.Colour === 'Ochre' && choice.Size !== 'Small' ? 0 : undefined,
    }),
    reviews: [7, 3.9],
  });
  b.product({
    name: 'Self-Watering Herb Planter',
    sku: 'OF-HERB',
    brand: 'orbit-fern',
    categories: ['/garden/planters/', '/kitchen/'],
    price: 44,
    description: copy('A windowsill trough with a wicking reservoir that waters basil for a fortnight.'),
    images: [{ hue: 100, landscape: true }],
  });
  b.product({
    name: 'Raised Cedar Bed',
    sku: 'BB-BED',
    brand: 'brass-bramble',
    categories: ['/garden/planters/', '/outdoor/furniture/'],
    price: 189,
    description: copy('A knee-high raised bed in untreated cedar that slots together without tools.'),
    images: [{ hue: 28, landscape: true }, 110],
    variantOptions: [b.choice('Size', 'DropdownList', ['120 × 60 cm', '180 × 90 cm'])],
    variant: ({ index }) => ({ price: index ? 259 : undefined }),
    stock: 6,
    related: ['cedar-cold-frame'],
  });
  b.product({
    name: 'Cedar Cold Frame',
    sku: 'BB-FRAME',
    brand: 'brass-bramble',
    categories: ['/garden/planters/', '/garden/'],
    price: 249,
    description: COLD_FRAME_DESCRIPTION,
    images: [{ hue: 32, landscape: true }, 120, 200],
    variantOptions: [b.choice('Size', 'RadioButtons', ['Compact', 'Family'])],
    variant: ({ index }) => ({ price: index ? 329 : undefined }),
    fields: { Material: 'Western red cedar, polycarbonate', Dimensions: '100 × 60 / 150 × 80 cm' },
    reviews: [18, 4.4],
    warranty: '5-year warranty against rot.',
  });
}
