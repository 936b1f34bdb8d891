/** Option-value swatches: the merchant's colours, validated, as one CSS background. Pure and browser-safe. */

const HEX_COLOUR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/**
 * The CSS background of a swatch: one colour, or equal hard-edged stripes for several. Anything but a
 * hex colour is dropped, so merchant data cannot inject other CSS; undefined when no colour is left.
 */
export function swatchBackground(colours: readonly string[] | undefined): string | undefined {
  const valid = (colours ?? []).map((hex) => hex.trim()).filter((hex) => HEX_COLOUR.test(hex));
  if (valid.length < 2) return valid[0];
  const step = 100 / valid.length;
  const stops = valid.map((hex, i) => `${hex} ${+(i * step).toFixed(2)}% ${+((i + 1) * step).toFixed(2)}%`);
  return `linear-gradient(90deg, ${stops.join(', ')})`;
}
