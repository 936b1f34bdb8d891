/** Kitchen department: cast iron, bakeware and prep. */
import { copy, type CatalogBuilder } from '../build';
import { gtin13 } from '../gtin';

const SKILLET_PRICES: Record<string, number> = { '20 cm': 69, '24 cm': 89, '28 cm': 109 };
const DUTCH_OVEN_PRICES: Record<string, number> = { '3.8 L': 159, '5.2 L': 189, '6.7 L': 229 };
const CAST_IRON_CARE = 'Hand wash, dry on a low flame, wipe with a drop of oil.';
/** The GS1 company prefixes the brands' barcodes start with. */
const HEARTH_IRON_GS1 = '5060412';
const ORBIT_FERN_GS1 = '5061003';

/** Adds the kitchen products. */
export function addKitchen(b: CatalogBuilder): void {
  b.product({
    name: 'Enamelled Cast Iron Skillet',
    sku: 'HI-SKL',
    brand: 'hearth-iron',
    categories: ['/kitchen/cookware/cast-iron/'],
    price: 89,
    retailPrice: 139,
    description: copy('A heavy skillet with a satin enamel interior that sears, bakes and braises.', [
      'Oven safe to 260 °C',
      'Works on induction',
      'Pour spouts on both sides',
    ]),
    images: [
      { hue: 95, alt: 'Skillet in Sage on a wooden board' },
      { hue: 15, alt: 'Skillet in Clay' },
      { hue: 225, alt: 'Skillet in Ink' },
      { hue: 45, alt: 'Skillet in Cream' },
    ],
    variantOptions: [
      b.swatch('Colour', ['Sage', 'Clay', 'Ink', 'Cream']),
      b.choice('Size', 'RectangleBoxList', ['20 cm', '24 cm', '28 cm'], { defaultIndex: 1 }),
    ],
    mpn: 'HI-4100',
    variant: ({ choice, valueIndexes, images, index }) => ({
      price: SKILLET_PRICES[choice.Size],
      imageId: images[valueIndexes[0]].entityId,
      stock: choice.Colour === 'Ink' && choice.Size === '28 cm' ? 0 : undefined,
      gtin: gtin13(HEARTH_IRON_GS1, 4100 + index),
    }),
    fields: { Material: 'Enamelled cast iron', Dimensions: 'Ø 20 / 24 / 28 cm', Care: CAST_IRON_CARE },
    seo: {
      title: 'Enamelled Cast Iron Skillet',
      description: 'Satin-enamel cast iron skillet in four colours.',
    },
    reviews: [48, 4.7],
    related: ['cast-iron-dutch-oven', 'cast-iron-care-kit'],
    warranty: 'Lifetime warranty against cracking and enamel defects.',
    featured: true,
  });
  b.product({
    name: 'Cast Iron Dutch Oven',
    sku: 'HI-DO',
    brand: 'hearth-iron',
    categories: ['/kitchen/cookware/cast-iron/'],
    price: 189,
    retailPrice: 259,
    description: copy('Slow-cook, bake bread and braise in one pot with a self-basting lid.'),
    images: [95, 15, { hue: 300, landscape: true }],
    variantOptions: [
      b.swatch('Colour', ['Sage', 'Clay', 'Ink', 'Mustard']),
      b.choice('Capacity', 'DropdownList', ['3.8 L', '5.2 L', '6.7 L'], { defaultIndex: 1 }),
    ],
    variant: ({ choice, index }) => ({
      price: DUTCH_OVEN_PRICES[choice.Capacity],
      stock: choice.Colour === 'Clay' && choice.Capacity === '3.8 L' ? 0 : undefined,
      // The largest Mustard pot is shown but not yet sold: the foundry has not released it.
      isPurchasable: !(choice.Colour === 'Mustard' && choice.Capacity === '6.7 L'),
      gtin: gtin13(HEARTH_IRON_GS1, 4200 + index),
    }),
    modifiers: [b.checkbox('Gift wrap', 'Wrap it in linen with a handwritten card')],
    fields: { Material: 'Enamelled cast iron', Care: CAST_IRON_CARE },
    reviews: [112, 4.8],
    related: ['enamelled-cast-iron-skillet'],
    warranty: 'Lifetime warranty against cracking and enamel defects.',
    featured: true,
  });
  b.product({
    name: 'Seasoned Cast Iron Griddle',
    sku: 'HI-GRD',
    brand: 'hearth-iron',
    categories: ['/kitchen/cookware/cast-iron/'],
    price: 64,
    salePrice: 49,
    retailPrice: 79,
    description: copy(
      'A reversible griddle: ridged for steaks, flat for pancakes. Pre-seasoned with flaxseed oil.',
    ),
    images: [{ hue: 20, landscape: true }, 200],
    gtin: gtin13(HEARTH_IRON_GS1, 4300),
    mpn: 'HI-4300',
    fields: { Material: 'Seasoned cast iron', Dimensions: '48 × 24 cm', Care: CAST_IRON_CARE },
    reviews: [21, 4.3],
  });
  b.product({
    name: 'Cast Iron Care Kit',
    sku: 'HI-CARE',
    brand: 'hearth-iron',
    categories: ['/kitchen/cookware/cast-iron/'],
    price: 24,
    description: copy('Chain-mail scrubber, seasoning oil and a linen cloth in a tin.'),
    images: [60],
    stock: 60,
  });
  b.product({
    name: 'Enamel Roasting Tin',
    sku: 'HI-ROAST',
    brand: 'hearth-iron',
    categories: ['/kitchen/cookware/'],
    price: 58,
    description: copy('Deep enamel tin for Sunday roasts and tray bakes.'),
    images: [{ hue: 205, landscape: true }],
    reviews: [3, 4],
  });
  b.product({
    name: 'Crème Brûlée Ramekin',
    sku: 'KS-RAM',
    brand: 'kiln-street',
    categories: ['/kitchen/cookware/bakeware/', '/kitchen/tableware/bowls-plates/'],
    price: 14,
    description: copy('Shallow, wide ramekins for the crispest caramel top. Sold individually.'),
    images: [48, 96],
    variantOptions: [b.swatch('Colour', ['Cream', 'Sage', 'Ink'])],
    fields: { Material: 'Stoneware', Dimensions: 'Ø 12 cm, 150 ml', Care: 'Dishwasher and oven safe.' },
    seo: { title: 'Crème Brûlée Ramekin', description: 'Shallow stoneware ramekins for crème brûlée.' },
    reviews: [17, 4.9],
    related: ['stoneware-pie-dish'],
  });
  b.product({
    name: 'Stoneware Pie Dish',
    sku: 'KS-PIE',
    brand: 'kiln-street',
    categories: ['/kitchen/cookware/bakeware/'],
    price: 38,
    salePrice: 29,
    description: copy('Fluted rim, reactive glaze, deep enough for a proper fruit pie.'),
    images: [{ hue: 28, landscape: true }, 330],
    fields: { Material: 'Stoneware', Dimensions: 'Ø 26 cm' },
  });
  b.product({
    name: 'Rectangular Baking Dish',
    sku: 'KS-BAKE',
    brand: 'kiln-street',
    categories: ['/kitchen/cookware/bakeware/'],
    price: 42,
    description: copy('Straight-sided dishes for lasagne, gratins and crumbles.'),
    images: [{ hue: 36, landscape: true }],
    variantOptions: [b.choice('Size', 'RadioButtons', ['Small', 'Medium', 'Large'])],
    variant: ({ index }) => ({ price: [42, 54, 66][index] }),
    reviews: [9, 4.4],
  });
  b.product({
    name: 'Olive Wood Cutting Board',
    sku: 'OF-BOARD',
    brand: 'orbit-fern',
    categories: ['/kitchen/', '/kitchen/tableware/bowls-plates/'],
    price: 45,
    description: copy('Cut from a single piece of Tuscan olive wood; every grain pattern is different.'),
    images: [32, { hue: 52, alt: '' }, 74],
    variantOptions: [b.choice('Size', 'RadioButtons', ['Small', 'Large'])],
    variant: ({ choice }) => ({ price: choice.Size === 'Large' ? 65 : undefined }),
    modifiers: [
      b.text('Engraving', { maxLength: 24 }),
      b.checkbox('Gift wrap', 'Add linen gift wrap'),
      b.choice('Gift box', 'DropdownList', ['No box', 'Kraft box', 'Wooden crate'], {
        variant: false,
        adjustments: [0, 4, 12],
      }),
    ],
    fields: { Material: 'Olive wood', Dimensions: '30 × 20 / 45 × 25 cm', Care: 'Oil monthly. Never soak.' },
    reviews: [34, 4.6],
    related: ['hand-forged-chefs-knife'],
    featured: true,
  });
  b.product({
    name: "Hand-Forged Chef's Knife",
    sku: 'OF-KNIFE',
    brand: 'orbit-fern',
    categories: ['/kitchen/'],
    price: 149,
    retailPrice: 189,
    description: copy('A 21 cm carbon-steel blade forged in Sheffield, with a walnut handle.'),
    images: [210, 30],
    gtin: gtin13(ORBIT_FERN_GS1, 210),
    mpn: 'OF-K21-WAL',
    modifiers: [b.text('Blade engraving', { minLength: 1, maxLength: 20 })],
    fields: {
      Material: 'Carbon steel, walnut',
      Dimensions: 'Blade 21 cm',
      Care: 'Hand wash and dry at once.',
    },
    maxQuantity: 2,
    warranty: '10-year warranty; free re-sharpening for life.',
  });
  b.product({
    name: 'Bespoke Copper Range Hood',
    sku: 'OF-HOOD',
    brand: 'orbit-fern',
    categories: ['/kitchen/'],
    price: null,
    description: copy('Hand-beaten copper hoods made to your measurements. Contact us for a quote.'),
    images: [{ hue: 25, landscape: true }],
    stock: null,
    availabilityDescription: 'Made to order in 10–12 weeks',
    // Made to measure: the merchant gives it no condition.
    condition: null,
  });
}
