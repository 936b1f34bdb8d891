/** Named colours shared by the sample store and the generator: swatch label → hex colour(s). */
export const PALETTE: Record<string, string | [string, string]> = {
  Sage: '#9caf88',
  Clay: '#b5654a',
  Ink: '#1f2a44',
  Cream: '#f3ecdc',
  Mustard: '#d4a017',
  Oat: '#d8cbb0',
  Rose: '#d9a5a0',
  Charcoal: '#36393b',
  Moss: '#5b6b3a',
  Terracotta: '#c4663f',
  Sky: '#8fb8d8',
  Forest: '#2f4f3a',
  Sand: '#d6c19a',
  Slate: '#6b7b8c',
  Plum: '#6b3a5b',
  Ochre: '#cc7722',
  Natural: '#e8dcc8',
  Black: '#1b1b1b',
  White: '#fafafa',
  Brass: '#b5a642',
  Zinc: '#a8adb3',
  Copper: '#b87333',
  Olive: '#708238',
  Rust: '#a0522d',
  Indigo: '#3f4a8a',
  Fog: '#c9ccc9',
  Lilac: '#b9a3c9',
  Marigold: '#eba832',
  Teal: '#2a7f7f',
  Pebble: '#9e9a91',
  Walnut: '#5d4037',
  Honey: '#e0a458',
  'Sage Stripe': ['#9caf88', '#f3ecdc'],
  'Ink Stripe': ['#1f2a44', '#f3ecdc'],
  'Clay Check': ['#b5654a', '#e8dcc8'],
};

/** Every single-colour name in the palette, in declaration order. */
export const SOLID_COLOURS: string[] = Object.keys(PALETTE).filter(
  (name) => typeof PALETTE[name] === 'string',
);

/** The swatch colours for a palette name; throws for a name the palette lacks. */
export function hexColorsOf(name: string): string[] {
  const colour = PALETTE[name];
  if (colour === undefined) throw new Error(`Unknown palette colour "${name}"`);
  return typeof colour === 'string' ? [colour] : [...colour];
}
