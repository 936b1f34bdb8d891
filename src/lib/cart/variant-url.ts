/**
 * Variant URLs (`<product path>?sku=<variant SKU>`): the picks a URL names, the SKU picks name, and the query
 * string that shows it. Pure; the add-to-cart island reads and writes `location`.
 */
import type { AddToCartProps, VariantChoice } from './add-to-cart-props';
import { matchVariant, variantOptionsOf, type Choices } from './selection';

/** The query parameter naming a product page's variant: `?sku=`. */
export const VARIANT_PARAM = 'sku';

/** The variant with this SKU: an exact match first, then one ignoring case. */
export function variantBySku(variants: readonly VariantChoice[], sku: string): VariantChoice | undefined {
  const lower = sku.toLowerCase();
  return (
    variants.find((variant) => variant.sku === sku) ??
    variants.find((variant) => variant.sku.toLowerCase() === lower)
  );
}

/**
 * `choices` with each variant option set to the value of the variant the query string's `sku` names, buyable
 * or not; `choices` itself when it names none.
 */
export function choicesForSearch(props: AddToCartProps, choices: Choices, search: string): Choices {
  const sku = new URLSearchParams(search).get(VARIANT_PARAM);
  const variant = sku ? variantBySku(props.variants, sku) : undefined;
  if (!variant) return choices;
  const next = { ...choices };
  for (const option of variantOptionsOf(props)) {
    const value = option.values.find(({ id }) => variant.valueIds.includes(id));
    if (value) next[option.id] = value.id;
  }
  return next;
}

/** The SKU for the URL: that of the one variant the picks name; none for a product without variant options. */
export function skuForChoices(props: AddToCartProps, choices: Choices): string | undefined {
  if (!variantOptionsOf(props).length) return undefined;
  return matchVariant(props, choices)?.sku || undefined;
}

/**
 * The query string that shows `sku` (`""` if it comes to nothing): `search` without its `sku` parameters,
 * every other parameter kept as written, then `sku` when there is one.
 */
export function searchForSku(search: string, sku: string | undefined): string {
  const params = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part && part !== VARIANT_PARAM && !part.startsWith(`${VARIANT_PARAM}=`));
  if (sku) params.push(`${VARIANT_PARAM}=${encodeURIComponent(sku)}`);
  return params.length ? `?${params.join('&')}` : '';
}

/** The absolute URL that opens a product page with this variant chosen, as the island writes it. */
export function variantUrl(productUrl: string, sku: string): string {
  const url = new URL(productUrl);
  url.search = searchForSku(url.search, sku);
  return url.href;
}
