/** Orbit & Fern's category tree (three levels, parents first) and its brands. */
import type { BrandSpec, CategorySpec } from '../build';

/** Categories in tree order; `/living/seasonal/` is deliberately empty ("coming soon"). */
export const SAMPLE_CATEGORIES: CategorySpec[] = [
  {
    path: '/kitchen/',
    name: 'Kitchen',
    hue: 24,
    description: '<p>Cookware, tableware and tea things made to be used every day and kept for decades.</p>',
    seo: {
      title: 'Kitchen | Orbit & Fern',
      description: 'Cast iron, stoneware and tea ware for everyday cooking.',
    },
  },
  {
    path: '/kitchen/cookware/',
    name: 'Cookware',
    hue: 12,
    description: '<p>Pans and pots for the hob and the oven.</p>',
  },
  {
    path: '/kitchen/cookware/cast-iron/',
    name: 'Cast Iron',
    hue: 210,
    description: '<p>Enamelled and seasoned cast iron that holds heat like nothing else.</p>',
    seo: { title: 'Cast Iron Cookware', description: '' },
  },
  { path: '/kitchen/cookware/bakeware/', name: 'Bakeware', description: '<p>Stoneware for the oven.</p>' },
  { path: '/kitchen/tableware/', name: 'Tableware', hue: 40, description: '<p>Plates, bowls and cups.</p>' },
  {
    path: '/kitchen/tableware/mugs-cups/',
    name: 'Mugs & Cups',
    hue: 190,
    description: '<p>Thrown and glazed mugs.</p>',
  },
  {
    path: '/kitchen/tableware/bowls-plates/',
    name: 'Bowls & Plates',
    description: '<p>Everyday dinnerware.</p>',
  },
  {
    path: '/kitchen/tea-coffee/',
    name: 'Tea & Coffee',
    hue: 95,
    description: '<p>Loose-leaf teas, pots and pour-over gear.</p>',
    seo: { title: '', description: 'Japanese and Czech tea ware, loose-leaf tea and pour-over coffee.' },
  },
  {
    path: '/garden/',
    name: 'Garden',
    hue: 110,
    description: '<p>Tools, planters and wear for people who garden every weekend.</p>',
    seo: { title: 'Garden | Orbit & Fern', description: 'Hand tools, planters, terrariums and garden wear.' },
  },
  {
    path: '/garden/tools/',
    name: 'Garden Tools',
    hue: 80,
    description: '<p>Forged and ash-handled hand tools.</p>',
  },
  {
    path: '/garden/planters/',
    name: 'Planters & Pots',
    hue: 20,
    description: '<p>Terracotta and glazed pots.</p>',
  },
  {
    path: '/garden/planters/terrariums/',
    name: 'Terrariums',
    hue: 160,
    description: '<p>Glass worlds for mosses and ferns.</p>',
  },
  { path: '/garden/watering/', name: 'Watering', description: '<p>Cans, hoses and nozzles.</p>' },
  {
    path: '/garden/garden-wear/',
    name: 'Garden Wear',
    hue: 130,
    description: '<p>Clogs, gloves and aprons.</p>',
  },
  {
    path: '/living/',
    name: 'Living',
    hue: 35,
    description: '<p>Textiles, light and scent for slow evenings.</p>',
    seo: { title: 'Living Room & Home Décor', description: 'Linen throws, rugs, lamps and candles.' },
  },
  { path: '/living/textiles/', name: 'Textiles', hue: 30, description: '<p>Linen, wool and jute.</p>' },
  {
    path: '/living/textiles/throws/',
    name: 'Throws & Blankets',
    description: '<p>Washed linen and wool.</p>',
  },
  { path: '/living/textiles/cushions/', name: 'Cushions', description: '<p>Covers and inserts.</p>' },
  {
    path: '/living/textiles/rugs/',
    name: 'Rugs',
    hue: 45,
    description: '<p>Hand-braided and woven rugs.</p>',
  },
  {
    path: '/living/lighting/',
    name: 'Lighting',
    hue: 50,
    description: '<p>Pendants, table lamps, lanterns.</p>',
  },
  {
    path: '/living/candles/',
    name: 'Candles & Scent',
    description: '<p>Soy and beeswax, poured by hand.</p>',
  },
  {
    path: '/living/seasonal/',
    name: 'Holiday Shop',
    hue: 350,
    description: '<p>Our winter collection arrives in November.</p>',
  },
  {
    path: '/outdoor/',
    name: 'Outdoor Living',
    hue: 140,
    description: '<p>Furniture and fire for long evenings outside.</p>',
  },
  { path: '/outdoor/furniture/', name: 'Outdoor Furniture', description: '<p>Teak, acacia and steel.</p>' },
  { path: '/outdoor/fire/', name: 'Fire & Warmth', hue: 15, description: '<p>Fire pits and lanterns.</p>' },
];

/** Brands; a few have logos, the rest fall back to their names. */
export const SAMPLE_BRANDS: BrandSpec[] = [
  {
    slug: 'orbit-fern',
    name: 'Orbit & Fern',
    hue: 150,
    keywords: ['house brand', 'terrarium'],
    seo: { title: 'Orbit & Fern Originals', description: 'Our own designs, made in small batches.' },
  },
  { slug: 'hearth-iron', name: 'Hearth & Iron', hue: 10, keywords: ['cast iron', 'skillet', 'enamel'] },
  { slug: 'kiln-street', name: 'Kiln Street Pottery', hue: 30, keywords: ['stoneware', 'ceramics'] },
  { slug: 'mossgrove', name: 'Mossgrove', hue: 100, keywords: ['garden tools', 'forged'] },
  { slug: 'tidewater-linen', name: 'Tidewater Linen', keywords: ['linen', 'textiles'] },
  { slug: 'lumen-lane', name: 'Lumen Lane', hue: 55, keywords: ['lighting', 'lamps'] },
  // On BigCommerce's legacy URL format, as older stores' brand pages are.
  {
    slug: 'sencha-house',
    name: 'Sencha House',
    path: '/brands/sencha-house.html',
    keywords: ['tea', 'japanese'],
  },
  {
    slug: 'brass-bramble',
    name: 'Brass & Bramble',
    keywords: ['outdoor', 'garden', 'brass'],
    seo: { title: '', description: 'Outdoor furniture and brass garden fittings.' },
  },
];
