import { describe, expect, it } from 'vitest';
import { initialChoices } from '../../src/lib/cart/selection';
import {
  choicesForSearch,
  searchForSku,
  skuForChoices,
  VARIANT_PARAM,
  variantBySku,
  variantUrl,
} from '../../src/lib/cart/variant-url';
import { shirtProps } from './fixtures';

// The shirt: SKU-70 is Red/S, SKU-71 Blue/S, SKU-72 Blue/L (sold out); the defaults are Red and no size.
const props = shirtProps();
const defaults = initialChoices(props.options);

describe('variantBySku', () => {
  it('matches exactly first, then ignoring case', () => {
    const variants = [
      { ...props.variants[0], sku: 'ab-1' },
      { ...props.variants[1], sku: 'AB-1' },
    ];
    expect(variantBySku(variants, 'AB-1')?.id).toBe(71);
    expect(variantBySku(variants, 'Ab-1')?.id).toBe(70);
    expect(variantBySku(variants, 'AB-2')).toBeUndefined();
  });
});

describe('choicesForSearch', () => {
  it('picks the option values of the variant the URL names, keeping the other picks', () => {
    expect(choicesForSearch(props, { ...defaults, 400: 'Ada' }, '?sku=SKU-71')).toEqual({
      ...defaults,
      100: 2,
      200: 3,
      400: 'Ada',
    });
    expect(choicesForSearch(props, defaults, '?utm_source=mail&sku=sku-71')).toMatchObject({
      100: 2,
      200: 3,
    });
  });

  it('picks a variant that is sold out, so its stock line can say so', () => {
    expect(choicesForSearch(props, defaults, '?sku=SKU-72')).toMatchObject({ 100: 2, 200: 4 });
  });

  it('keeps the defaults for an unknown, empty or missing SKU', () => {
    for (const search of ['?sku=NOPE', '?sku=', '', '?colour=blue'])
      expect(choicesForSearch(props, defaults, search)).toBe(defaults);
  });

  it('decodes the SKU as a URL carries it', () => {
    const spaced = shirtProps({ variants: [{ ...props.variants[1], sku: 'A B/+1' }] });
    expect(choicesForSearch(spaced, defaults, `?sku=${encodeURIComponent('A B/+1')}`)).toMatchObject({
      100: 2,
      200: 3,
    });
  });
});

describe('skuForChoices', () => {
  it('is the SKU of the variant the picks name, whether or not it can be bought', () => {
    expect(skuForChoices(props, { 100: 2, 200: 3 })).toBe('SKU-71');
    expect(skuForChoices(props, { 100: 2, 200: 4 })).toBe('SKU-72');
  });

  it('is none while the picks name no single variant', () => {
    expect(skuForChoices(props, defaults)).toBeUndefined(); // no size yet
    expect(skuForChoices(props, { 100: 1, 200: 4 })).toBeUndefined(); // Red/L does not exist
  });

  it('is none for a product without variant options, or a variant without a SKU', () => {
    expect(skuForChoices(shirtProps({ options: [], variants: [props.variants[0]] }), {})).toBeUndefined();
    const unnamed = shirtProps({ variants: [{ ...props.variants[1], sku: '' }] });
    expect(skuForChoices(unnamed, { 100: 2, 200: 3 })).toBeUndefined();
  });
});

describe('searchForSku', () => {
  it('adds, replaces and removes the sku parameter', () => {
    expect(searchForSku('', 'SKU-71')).toBe('?sku=SKU-71');
    expect(searchForSku('?sku=SKU-70', 'SKU-71')).toBe('?sku=SKU-71');
    expect(searchForSku('?sku=SKU-70', undefined)).toBe('');
    expect(searchForSku('', undefined)).toBe('');
  });

  it('keeps every other parameter as written and in order, and drops repeated sku parameters', () => {
    expect(searchForSku('?a=1%202&sku=X&b=c+d&sku=Y', 'SKU-71')).toBe('?a=1%202&b=c+d&sku=SKU-71');
    expect(searchForSku('?a=1&sku=X', undefined)).toBe('?a=1');
    expect(searchForSku('?a=1&skus=2', 'Z')).toBe('?a=1&skus=2&sku=Z');
  });

  it('encodes the SKU so that it reads back the same', () => {
    const search = searchForSku('?a=1', 'A B&C#1+');
    expect(new URLSearchParams(search).get('sku')).toBe('A B&C#1+');
  });
});

describe('variantUrl', () => {
  it('writes the variant URL the island writes, whatever the SKU holds', () => {
    const sku = 'MUG OAT/12&x';
    const url = variantUrl('https://shop.example/mug/', sku);
    expect(url).toBe(`https://shop.example/mug/${searchForSku('', sku)}`);
    expect(new URL(url).searchParams.get(VARIANT_PARAM)).toBe(sku);
  });
});
