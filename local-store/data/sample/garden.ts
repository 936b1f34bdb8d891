/** Garden department: hand tools and watering. */
import { copy, type CatalogBuilder } from '../build';

const FORGED_CARE = 'Wipe clean and oil the head before winter.';

/** Adds the garden tools and watering products. */
export function addGarden(b: CatalogBuilder): void {
  b.product({
    name: 'Hand Trowel',
    sku: 'MG-TROWEL',
    path: '/garden/tools/hand-trowel/',
    brand: 'mossgrove',
    categories: ['/garden/tools/'],
    price: 32,
    description: copy('Forged from a single piece of carbon steel with an ash handle that fits the palm.', [
      'Depth marks every 2 cm',
      'Leather hanging loop',
    ]),
    images: [105, 30, 200],
    modifiers: [b.text('Handle engraving', { maxLength: 16 })],
    fields: { Material: 'Carbon steel, ash', Dimensions: '31 cm', Care: FORGED_CARE },
    seo: { title: 'Forged Hand Trowel', description: 'A forged carbon-steel trowel with an ash handle.' },
    reviews: [64, 4.9],
    related: ['pruning-shears', 'border-fork'],
    warranty: 'Lifetime guarantee on the forged head.',
    featured: true,
  });
  b.product({
    name: 'Bypass Pruning Shears',
    sku: 'MG-SHEARS',
    path: '/garden/tools/pruning-shears/',
    brand: 'mossgrove',
    categories: ['/garden/tools/'],
    price: 54,
    salePrice: 44,
    retailPrice: 62,
    description: copy('Japanese steel blades that cut cleanly through 20 mm stems; every part replaceable.'),
    images: [0, 350],
    mpn: 'MG-BP20',
    fields: { Material: 'SK5 steel, aluminium', Care: FORGED_CARE },
    reviews: [38, 4.5],
    warranty: 'Lifetime guarantee; spare springs and blades available.',
  });
  b.product({
    name: 'Border Fork',
    sku: 'MG-FORK',
    brand: 'mossgrove',
    categories: ['/garden/tools/'],
    price: 72,
    description: copy('A lighter fork for working between established plants.'),
    images: [{ hue: 90, landscape: true }],
    fields: { Material: 'Stainless steel, ash', Dimensions: '98 cm' },
  });
  b.product({
    name: 'Hori Hori Knife',
    sku: 'MG-HORI',
    brand: 'mossgrove',
    categories: ['/garden/tools/'],
    price: 38,
    description: copy('Half trowel, half saw: the Japanese soil knife for weeding, planting and dividing.'),
    images: [190, 12],
    reviews: [22, 4.7],
  });
  b.product({
    name: 'Garden Kneeler',
    sku: 'OF-KNEEL',
    brand: 'orbit-fern',
    categories: ['/garden/tools/', '/garden/garden-wear/'],
    price: 22,
    description: copy('Dense recycled foam in a waxed cotton cover. Kind to knees on gravel paths.'),
    images: [70, 16],
    variantOptions: [b.swatch('Colour', ['Moss', 'Terracotta', 'Slate'])],
  });
  b.product({
    name: 'Expandable Garden Hose',
    sku: 'BB-HOSE',
    brand: 'brass-bramble',
    categories: ['/garden/watering/'],
    price: 39,
    description: copy('Cut to the length you need from our 50 m reel and fitted with brass couplings.'),
    images: [140, 60],
    variantOptions: [b.swatch('Colour', ['Forest', 'Slate'])],
    modifiers: [
      b.number('Length (metres)', {
        lowest: 5,
        highest: 50,
        defaultValue: 15,
        integerOnly: true,
        required: true,
      }),
    ],
    fields: { Material: 'Natural rubber, brass', Care: 'Drain and coil before frost.' },
    reviews: [15, 4.1],
    related: ['brass-hose-nozzle'],
  });
  b.product({
    name: 'Galvanised Watering Can',
    sku: 'BB-CAN',
    brand: 'brass-bramble',
    categories: ['/garden/watering/'],
    price: 45,
    description: copy('A long-reach can with a brass rose for a gentle shower on seedlings.'),
    images: [210, 95, 225],
    variantOptions: [
      b.swatch('Colour', ['Zinc', 'Sage', 'Ink']),
      b.choice('Capacity', 'RectangleBoxList', ['5 L', '9 L']),
    ],
    variant: ({ choice }) => ({ price: choice.Capacity === '9 L' ? 58 : undefined }),
    fields: { Material: 'Galvanised steel, brass', Dimensions: '5 L / 9 L' },
    reviews: [27, 4.6],
  });
  b.product({
    name: 'Brass Hose Nozzle',
    sku: 'BB-NOZZLE',
    brand: 'brass-bramble',
    categories: ['/garden/watering/'],
    price: 26,
    description: copy('Twist from mist to jet. Solid brass, so it will outlive the hose.'),
    images: [48],
  });
  b.product({
    name: 'Copper Rain Chain',
    sku: 'BB-RAIN',
    brand: 'brass-bramble',
    categories: ['/garden/watering/'],
    price: 85,
    description: copy('Cup-link rain chain that turns a downpipe into a water feature.'),
    images: [24],
    availability: 'Unavailable',
    availabilityDescription: 'No longer available — the workshop has retired this design',
    stock: 0,
  });
  b.product({
    name: 'Soil Thermometer',
    sku: 'MG-THERMO',
    brand: 'mossgrove',
    categories: ['/garden/tools/'],
    price: 12,
    description: copy('Internal listing: awaiting supplier photos and copy.'),
    images: [180],
    hidden: true,
  });
}
