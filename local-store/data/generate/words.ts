/** Word lists the catalog generator combines into departments, brands, product names and copy. */

/** A top-level department: its subcategories, and the materials and things sold there. */
export interface Department {
  name: string;
  code: string;
  subcategories: string[];
  materials: string[];
  nouns: string[];
}

/** Departments; the generator uses the first five, with three subcategories each. */
export const DEPARTMENTS: Department[] = [
  {
    name: 'Kitchen',
    code: 'KIT',
    subcategories: ['Cookware', 'Tableware', 'Storage', 'Utensils'],
    materials: ['Stoneware', 'Enamel', 'Copper', 'Cast Iron', 'Porcelain', 'Olive Wood', 'Glass', 'Ceramic'],
    nouns: [
      'Skillet',
      'Saucepan',
      'Mug',
      'Bowl',
      'Plate',
      'Jar',
      'Canister',
      'Ladle',
      'Colander',
      'Teapot',
      'Platter',
    ],
  },
  {
    name: 'Garden',
    code: 'GDN',
    subcategories: ['Tools', 'Planters', 'Watering', 'Wildlife'],
    materials: ['Galvanised', 'Brass', 'Terracotta', 'Cedar', 'Forged Steel', 'Zinc', 'Rubber', 'Willow'],
    nouns: ['Trowel', 'Planter', 'Watering Can', 'Pot', 'Bird Feeder', 'Kneeler', 'Trug', 'Dibber', 'Cloche'],
  },
  {
    name: 'Living',
    code: 'LIV',
    subcategories: ['Textiles', 'Lighting', 'Decor', 'Shelving'],
    materials: ['Linen', 'Wool', 'Velvet', 'Rattan', 'Brass', 'Oak', 'Ceramic', 'Jute'],
    nouns: ['Throw', 'Cushion', 'Rug', 'Lamp', 'Vase', 'Basket', 'Candle Holder', 'Mirror', 'Shelf'],
  },
  {
    name: 'Bath',
    code: 'BTH',
    subcategories: ['Towels', 'Accessories', 'Body Care', 'Storage'],
    materials: ['Cotton', 'Waffle', 'Bamboo', 'Marble', 'Terrazzo', 'Teak', 'Linen', 'Glass'],
    nouns: ['Towel', 'Bath Mat', 'Soap Dish', 'Tumbler', 'Robe', 'Caddy', 'Hamper', 'Dispenser'],
  },
  {
    name: 'Outdoor',
    code: 'OUT',
    subcategories: ['Furniture', 'Fire', 'Dining', 'Play'],
    materials: ['Teak', 'Acacia', 'Steel', 'Rope', 'Aluminium', 'Corten', 'Canvas', 'Enamel'],
    nouns: ['Chair', 'Bench', 'Fire Pit', 'Lantern', 'Table', 'Parasol', 'Hammock', 'Cushion', 'Picnic Set'],
  },
];

/** Leaf-category styles: `Classic Cookware`, `Modern Cookware`, … */
export const STYLES = ['Classic', 'Modern', 'Rustic', 'Nordic', 'Coastal', 'Heritage', 'Everyday', 'Artisan'];

/** Product line names, put before the material and noun: `Rowan Stoneware Mug`. */
export const LINES = (
  'Alder Brook Calder Dune Elm Fenwick Gale Heath Isla Juno Kestrel Larch Marram Nook Orla Pike Quill Rowan ' +
  'Sorrel Tarn Umber Vale Wren Yarrow Ashby Bramley Corrie Dell Esk Fell Glen Holm Ives Kielder Lune Moor'
).split(' ');

/** First halves of brand names: `Birch` + `& Bell`. */
export const BRAND_FIRST =
  'Copper Birch Hollow Ash Willow Fern Stone Harbor Meadow Juniper Cedar Linden Oak Thistle Marlow Bramble Heron Sparrow'.split(
    ' ',
  );

/** Second halves of brand names. */
export const BRAND_SECOND = [
  '& Co.',
  'Works',
  'House',
  'Studio',
  '& Bell',
  'Supply',
  'Goods',
  'Atelier',
  'Mill',
  'Forge',
];

type SizeStyle = 'RectangleBoxList' | 'DropdownList' | 'RadioButtons';

/** Size ladders of ten steps; products take a run of consecutive steps. */
export const SIZE_LADDERS: { name: string; style: SizeStyle; sizes: string[] }[] = [
  { name: 'Size', style: 'RectangleBoxList', sizes: 'XXS|XS|S|M|L|XL|XXL|3XL|4XL|5XL'.split('|') },
  {
    name: 'Diameter',
    style: 'RadioButtons',
    sizes: '10|14|18|22|26|30|34|38|42|46'.split('|').map((n) => `${n} cm`),
  },
  {
    name: 'Capacity',
    style: 'DropdownList',
    sizes: '0.5|1|1.5|2|3|4|5|6|8|10'.split('|').map((n) => `${n} L`),
  },
  {
    name: 'Shoe size',
    style: 'RectangleBoxList',
    sizes: '36|37|38|39|40|41|42|43|44|45'.split('|').map((n) => `EU ${n}`),
  },
  {
    name: 'Dimensions',
    style: 'DropdownList',
    sizes: '40 × 60|50 × 80|60 × 90|80 × 150|120 × 180|140 × 200|160 × 230|200 × 300|250 × 350|300 × 400'
      .split('|')
      .map((size) => `${size} cm`),
  },
];

/** Qualities for generated descriptions: "The … is made in small batches." */
export const QUALITIES = [
  'made in small batches',
  'finished by hand',
  'built to last for decades',
  'designed in our studio',
  'sourced from family workshops',
  'tested in our own homes',
  'made from recycled materials',
];

/** Closing sentences for generated descriptions. */
export const BENEFITS = [
  'It only gets better with use.',
  'Every piece is slightly different.',
  'Easy to care for and hard to wear out.',
  'Pairs with the rest of the collection.',
  'A favourite with our customers.',
  'Packed plastic-free.',
];

/** Care instructions for generated custom fields. */
export const CARE_NOTES = [
  'Hand wash only.',
  'Dishwasher safe.',
  'Wipe clean with a damp cloth.',
  'Machine wash at 30 °C.',
];
