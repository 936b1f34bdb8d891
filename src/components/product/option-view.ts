/** Text and swatch styles for the server-rendered option list. */
import type { ProductOption } from '../../lib/catalog/schema';

const HEX_COLOUR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/**
 * The CSS background of a swatch chip: one colour, or equal hard-edged stripes for several.
 * Anything but a hex colour is dropped, so merchant data cannot inject other CSS.
 */
export function swatchBackground(hexColors: readonly string[] | undefined): string | undefined {
  const colours = (hexColors ?? []).map((hex) => hex.trim()).filter((hex) => HEX_COLOUR.test(hex));
  if (colours.length === 0) return undefined;
  if (colours.length === 1) return colours[0];
  const step = 100 / colours.length;
  const stops = colours.map((hex, i) => `${hex} ${+(i * step).toFixed(2)}% ${+((i + 1) * step).toFixed(2)}%`);
  return `linear-gradient(90deg, ${stops.join(', ')})`;
}

/** What a text or number field asks for, e.g. "A number from 1 to 10". */
export function describeField(option: ProductOption): string {
  if (option.kind === 'text') {
    return option.maxLength ? `Your text (up to ${option.maxLength} characters)` : 'Your text';
  }
  if (option.kind === 'number') {
    const { lowest, highest } = option;
    const kind = option.integerOnly ? 'A whole number' : 'A number';
    if (lowest !== undefined && highest !== undefined) return `${kind} from ${lowest} to ${highest}`;
    if (lowest !== undefined) return `${kind} of at least ${lowest}`;
    if (highest !== undefined) return `${kind} up to ${highest}`;
    return kind;
  }
  return '';
}
