/** Lighting, candles and decorative pieces for the living room. */
import { copy, type CatalogBuilder } from '../build';

const PENDANT_PRICES = [89, 129, 169];

/** Adds the lighting and candle products. */
export function addLighting(b: CatalogBuilder): void {
  b.product({
    name: 'Rattan Pendant Lamp',
    sku: 'LL-PENDANT',
    brand: 'lumen-lane',
    categories: ['/living/lighting/'],
    price: 89,
    description: copy('Hand-woven rattan shade that throws a soft pattern across the ceiling.', [
      'E27 fitting, bulb not included',
      '1.5 m braided cable',
    ]),
    images: [{ hue: 42, landscape: true }, 30],
    variantOptions: [b.choice('Diameter', 'RadioButtons', ['Ø 30 cm', 'Ø 45 cm', 'Ø 60 cm'])],
    variant: ({ index }) => ({ price: PENDANT_PRICES[index] }),
    fields: { Material: 'Rattan, cotton cable', Care: 'Dust with a soft brush.' },
    reviews: [36, 4.5],
    warranty: '2-year electrical warranty.',
  });
  b.product({
    name: 'Brass Table Lamp',
    sku: 'LL-BRASS',
    brand: 'lumen-lane',
    categories: ['/living/lighting/'],
    price: 145,
    retailPrice: 175,
    description: copy('A spun-brass dome on a weighted base, with a dimmer on the cord.'),
    images: [50, 0],
    variantOptions: [b.swatch('Finish', ['Brass', 'Black'])],
    fields: { Material: 'Solid brass', Dimensions: 'H 42 cm, Ø 25 cm', Care: 'Polish with a dry cloth.' },
    seo: { title: 'Brass Table Lamp with Dimmer', description: '' },
    reviews: [58, 4.8],
    related: ['rattan-pendant-lamp', 'paper-lantern-set'],
    warranty: '2-year electrical warranty.',
    featured: true,
  });
  b.product({
    name: 'Paper Lantern Set',
    sku: 'LL-LANTERN',
    brand: 'lumen-lane',
    categories: ['/living/lighting/'],
    price: 38,
    description: copy('Three washi-paper lanterns in graduated sizes, with cord sets.'),
    images: [48, 10],
  });
  b.product({
    name: 'Solar String Lights',
    sku: 'LL-SOLAR',
    brand: 'lumen-lane',
    categories: ['/living/lighting/', '/outdoor/'],
    price: 34,
    salePrice: 27,
    description: copy('Twenty warm-white bulbs on 10 m of cable, charged by a stake-mounted panel.'),
    images: [{ hue: 52, landscape: true }],
    reviews: [66, 4],
  });
  b.product({
    name: 'Soy Candle',
    sku: 'OF-CANDLE',
    brand: 'orbit-fern',
    categories: ['/living/candles/'],
    price: 24,
    description: copy('Poured by hand into reusable amber glass, with a cotton wick.'),
    images: [30, 280, 200],
    variantOptions: [
      b.choice('Scent', 'DropdownList', ['Fig Leaf', 'Cedar & Smoke', 'Sea Salt', 'Bergamot']),
      b.choice('Size', 'RectangleBoxList', ['Small', 'Large']),
    ],
    variant: ({ choice }) => ({
      price: choice.Size === 'Large' ? 42 : undefined,
      stock: choice.Scent === 'Bergamot' ? 0 : undefined,
    }),
    fields: { Material: 'Soy wax, amber glass', Dimensions: 'Small 180 g, Large 400 g' },
    reviews: [140, 4.9],
    related: ['reed-diffuser', 'beeswax-taper-candles'],
  });
  b.product({
    name: 'Reed Diffuser',
    sku: 'OF-DIFFUSER',
    brand: 'orbit-fern',
    categories: ['/living/candles/'],
    price: 36,
    description: copy('Three months of fig leaf and cedar from a stoneware bottle and rattan reeds.'),
    images: [275],
  });
  b.product({
    name: 'Beeswax Taper Candles',
    sku: 'OF-TAPER',
    brand: 'orbit-fern',
    categories: ['/living/candles/'],
    price: 18,
    description: copy('A pair of dripless tapers rolled from English beeswax. They smell faintly of honey.'),
    images: [46],
    modifiers: [b.checkbox('Gift wrap', 'Wrap in tissue with a ribbon', true)],
    stock: 120,
  });
  b.product({
    name: 'Ceramic Bud Vase',
    sku: 'KS-BUD',
    brand: 'kiln-street',
    categories: ['/living/'],
    price: 22,
    description: copy('A single stem, a windowsill, done.'),
    images: [205, 45, 80],
    variantOptions: [b.swatch('Colour', ['Sky', 'Cream', 'Moss'])],
    reviews: [10, 4.6],
  });
}
