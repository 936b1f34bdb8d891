/** Tableware and tea: mugs, plates, tea ware, pour-over coffee. */
import { copy, type CatalogBuilder } from '../build';
import { SUPPLIER_FEED_DESCRIPTION } from './copy';

const STONEWARE_CARE = 'Dishwasher and microwave safe.';

/** Adds the tableware and tea products. */
export function addTableware(b: CatalogBuilder): void {
  b.product({
    name: 'Speckled Stoneware Mug',
    sku: 'KS-MUG',
    brand: 'kiln-street',
    categories: ['/kitchen/tableware/mugs-cups/'],
    price: 24,
    description: copy('Wheel-thrown in Stoke-on-Trent, with a speckled glaze and a generous thumb rest.'),
    images: [38, 100, 220],
    variantOptions: [b.swatch('Colour', ['Oat', 'Sage', 'Ink', 'Clay', 'Rose'])],
    variant: ({ choice }) => ({ stock: choice.Colour === 'Rose' ? 0 : undefined }),
    fields: { Material: 'Stoneware', Dimensions: '350 ml', Care: STONEWARE_CARE },
    seo: { title: 'Speckled Stoneware Mug', description: 'Wheel-thrown speckled mugs in five glazes.' },
    reviews: [86, 4.8],
    related: ['enamel-camp-mug', 'espresso-cups-set-of-4'],
    featured: true,
  });
  b.product({
    name: '</script><script>alert(1)</script> Test Mug',
    sku: 'KS-TEST',
    path: '/script-test-mug/',
    brand: 'kiln-street',
    categories: ['/kitchen/tableware/mugs-cups/'],
    price: 12,
    description: copy('Plain white seconds from the kiln, priced to go. Small glaze flaws, fully food safe.'),
    images: [0],
    fields: { Material: 'Stoneware', Care: STONEWARE_CARE },
    reviews: [2, 3.5],
  });
  b.product({
    name: '日本 Tea Bowl',
    sku: 'SH-CHAWAN',
    path: '/nihon-tea-bowl/',
    brand: 'sencha-house',
    categories: ['/kitchen/tea-coffee/', '/kitchen/tableware/bowls-plates/'],
    price: 46,
    description: copy(
      'A matcha bowl (chawan) thrown in Shigaraki, with an ash glaze that pools in the foot.',
    ),
    images: [85, 25],
    fields: { Material: 'Shigaraki clay', Dimensions: 'Ø 12 cm', Care: 'Hand wash.' },
    reviews: [11, 5],
    related: ['caj-teapot'],
  });
  b.product({
    name: 'Čaj Teapot',
    sku: 'SH-CAJ',
    brand: 'sencha-house',
    categories: ['/kitchen/tea-coffee/'],
    price: 68,
    retailPrice: 85,
    description: copy('A Bohemian-style teapot with a steel infuser, named for the Czech word for tea.'),
    images: [160, 0, 280],
    variantOptions: [b.swatch('Glaze', ['Charcoal', 'Olive', 'Rust'])],
    fields: { Material: 'Porcelain, stainless steel', Dimensions: '900 ml' },
    reviews: [14, 4.6],
    related: ['nihon-tea-bowl', 'loose-leaf-sencha'],
  });
  b.product({
    name: 'Enamel Camp Mug',
    sku: 'BB-CAMP',
    brand: 'brass-bramble',
    categories: ['/kitchen/tableware/mugs-cups/', '/outdoor/'],
    price: 16,
    salePrice: 12,
    description: copy('Steel mugs with a rolled rim, for the garden bench and the camp stove alike.'),
    images: [0, 140],
    variantOptions: [b.swatch('Colour', ['White', 'Forest', 'Ink', 'Mustard'])],
    reviews: [40, 4.2],
  });
  b.product({
    name: 'Espresso Cups, Set of 4',
    sku: 'KS-ESP',
    brand: 'kiln-street',
    categories: ['/kitchen/tableware/mugs-cups/', '/kitchen/tea-coffee/'],
    price: 36,
    salePrice: 30,
    retailPrice: 44,
    description: copy('Four 90 ml cups in mismatched glazes, packed in a recycled box.'),
    images: [{ hue: 18, landscape: true }],
    fields: { Material: 'Stoneware', Dimensions: '90 ml each', Care: STONEWARE_CARE },
  });
  b.product({
    name: 'Stoneware Dinner Plate',
    sku: 'KS-PLATE',
    brand: 'kiln-street',
    categories: ['/kitchen/tableware/', '/kitchen/tableware/bowls-plates/'],
    price: 24,
    description: copy('A wide rim and a matte centre that does not scratch under knives.'),
    images: [40, 210],
    variantOptions: [
      b.swatch('Colour', ['Oat', 'Slate']),
      b.choice('Diameter', 'RadioButtons', ['21 cm', '27 cm'], { defaultIndex: 1 }),
    ],
    variant: ({ choice }) => ({ price: choice.Diameter === '21 cm' ? 18 : undefined }),
    fields: { Material: 'Stoneware', Care: STONEWARE_CARE },
    reviews: [19, 4.4],
  });
  b.product({
    name: 'Wide Serving Bowl',
    sku: 'KS-SERVE',
    brand: 'kiln-street',
    categories: ['/kitchen/tableware/', '/kitchen/tableware/bowls-plates/'],
    price: 52,
    description: copy('Big enough for a salad for eight, light enough to pass across the table.'),
    images: [{ hue: 34, landscape: true }, 96],
  });
  b.product({
    name: 'Loose Leaf Sencha',
    sku: 'SH-SENCHA',
    brand: 'sencha-house',
    categories: ['/kitchen/tea-coffee/'],
    price: 16,
    description: copy('First-flush sencha from Shizuoka: grassy, sweet, bright green in the cup.'),
    images: [110],
    variantOptions: [b.choice('Weight', 'DropdownList', ['50 g', '100 g', '250 g'], { defaultIndex: 1 })],
    variant: ({ index }) => ({ price: [9, 16, 34][index] }),
    stock: null,
    seo: { description: 'Shizuoka first-flush sencha, loose leaf.' },
    reviews: [57, 4.7],
  });
  b.product({
    name: 'Hojicha Roasted Green Tea',
    sku: 'SH-HOJICHA',
    brand: 'sencha-house',
    categories: ['/kitchen/tea-coffee/'],
    price: 14,
    description: copy(
      'Roasted over charcoal for a nutty, low-caffeine evening tea. Sold in pairs of 50 g tins.',
    ),
    images: [28],
    minQuantity: 2,
  });
  b.product({
    name: 'Glass Cold Brew Bottle',
    sku: 'OF-COLDBREW',
    brand: 'orbit-fern',
    categories: ['/kitchen/tea-coffee/'],
    price: 32,
    description: copy(
      'A borosilicate bottle with a fine mesh filter for overnight cold brew. Photos coming soon.',
    ),
  });
  b.product({
    name: 'Bamboo Serving Tray',
    sku: 'FEED-TRAY-001',
    brand: null,
    categories: ['/kitchen/tableware/bowls-plates/'],
    price: 29,
    description: SUPPLIER_FEED_DESCRIPTION,
    images: [50],
  });
  b.product({
    name: 'Copper Pour-Over Kettle',
    sku: 'OF-KETTLE',
    brand: 'orbit-fern',
    categories: ['/kitchen/tea-coffee/'],
    price: 119,
    description: copy(
      'A gooseneck kettle in solid copper for a slow, even pour. Second batch now on preorder.',
    ),
    images: [26, 200],
    availability: 'Preorder',
    availabilityDescription: 'Ships from 15 March 2027',
    preorderReleaseDate: '2027-03-15',
    stock: 40,
    related: ['ceramic-pour-over-dripper'],
  });
  b.product({
    name: 'Ceramic Pour-Over Dripper',
    sku: 'KS-DRIP',
    brand: 'kiln-street',
    categories: ['/kitchen/tea-coffee/'],
    price: 34,
    description: copy('Spiral ribs inside for an even extraction; fits standard #2 filters.'),
    images: [0, 45],
    variantOptions: [b.swatch('Colour', ['White', 'Black', 'Sand'])],
  });
}
