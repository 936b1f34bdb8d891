import { describe, expect, it } from 'vitest';
import { choiceStyle, toAddToCartProps } from '../../src/lib/cart/add-to-cart-props';
import type { ProductOption, Variant } from '../../src/lib/catalog/schema';
import { makeProduct } from '../pages/fixture';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const image = (name: string) => ({ urlTemplate: `https://cdn.example/{:size}/${name}.jpg`, alt: '' });

const options: ProductOption[] = [
  {
    kind: 'multiple-choice',
    id: 1,
    name: 'Colour',
    required: true,
    isVariantOption: true,
    displayStyle: 'Swatch',
    values: [{ id: 11, label: 'Sage', isDefault: true, hexColors: ['#9caf88'] }],
  },
  {
    kind: 'checkbox',
    id: 2,
    name: 'Gift',
    required: false,
    isVariantOption: false,
    label: 'Wrap it',
    checkedByDefault: true,
    checkedValueId: 21,
    uncheckedValueId: 22,
  },
  { kind: 'text', id: 3, name: 'Note', required: false, isVariantOption: false, maxLength: 40 },
  {
    kind: 'number',
    id: 4,
    name: 'Length',
    required: true,
    isVariantOption: false,
    lowest: 1,
    highest: 30,
    integerOnly: true,
    limitBy: 'LOWEST_VALUE',
  },
];

const variants: Variant[] = [
  {
    id: 500,
    sku: 'MUG-SAGE',
    optionValueIds: [11],
    prices: { price: usd(1800), basePrice: usd(2400) },
    purchasable: true,
    inStock: true,
    availableToSell: 4,
    image: image('sage'),
  },
];

describe('toAddToCartProps', () => {
  const props = toAddToCartProps(makeProduct({ id: 9, name: 'Mug', options, variants, maxQuantity: 6 }));

  it('keeps the product’s identity, price, stock and quantity limits', () => {
    expect(props).toMatchObject({
      productId: 9,
      name: 'Mug',
      currency: 'USD',
      price: 1999,
      inStock: true,
      available: 40,
      status: 'Available',
      minQuantity: 1,
      maxQuantity: 6,
    });
    const at = (size: string) => `https://cdn.example/images/stencil/${size}/p9.jpg`;
    expect(props.image).toEqual({
      src: at('320w'),
      srcset: `${at('160w')} 160w, ${at('320w')} 320w, ${at('640w')} 640w`,
      alt: 'Mug',
    });
  });

  it('draws each option as its display style and kind ask', () => {
    expect(props.options).toEqual([
      {
        kind: 'choice',
        id: 1,
        name: 'Colour',
        required: true,
        variant: true,
        style: 'swatch',
        values: [{ id: 11, label: 'Sage', isDefault: true, swatch: '#9caf88' }],
      },
      {
        kind: 'checkbox',
        id: 2,
        name: 'Gift',
        required: false,
        label: 'Wrap it',
        checked: true,
        checkedId: 21,
      },
      { kind: 'text', id: 3, name: 'Note', required: false, maxLength: 40 },
      { kind: 'number', id: 4, name: 'Length', required: true, min: 1, integer: true },
    ]);
  });

  it('gives the pickers the static list’s validated swatches, so merchant colours cannot inject CSS', () => {
    const colour: ProductOption = {
      ...(options[0] as Extract<ProductOption, { kind: 'multiple-choice' }>),
      values: [
        { id: 11, label: 'Duo', isDefault: true, hexColors: ['#fff', 'red;background:url(x)', '#000'] },
        { id: 12, label: 'Bad', isDefault: false, hexColors: ['red;background:url(x)'] },
      ],
    };
    const [picker] = toAddToCartProps(makeProduct({ id: 5, options: [colour] })).options;
    expect(picker.kind === 'choice' && picker.values).toEqual([
      { id: 11, label: 'Duo', isDefault: true, swatch: 'linear-gradient(90deg, #fff 0% 50%, #000 50% 100%)' },
      { id: 12, label: 'Bad', isDefault: false },
    ]);
  });

  it('gives every variant its value ids, price in minor units, stock and image', () => {
    expect(props.variants).toEqual([
      {
        id: 500,
        sku: 'MUG-SAGE',
        valueIds: [11],
        price: 1800,
        basePrice: 2400,
        purchasable: true,
        inStock: true,
        available: 4,
        image: {
          src: 'https://cdn.example/320w/sage.jpg',
          srcset:
            'https://cdn.example/160w/sage.jpg 160w, https://cdn.example/320w/sage.jpg 320w, https://cdn.example/640w/sage.jpg 640w',
          alt: 'Mug',
        },
      },
    ]);
  });

  it('survives JSON, as island props must', () => {
    expect(JSON.parse(JSON.stringify(props))).toStrictEqual(props);
  });

  it('carries what live data lacks for the price and stock line: MSRP, release date, merchant’s note', () => {
    const kettle = toAddToCartProps(
      makeProduct({
        id: 4,
        prices: { price: usd(11900), retailPrice: usd(14900) },
        availability: { status: 'Preorder', description: ' Ships in March ', releaseDate: '2027-03-15' },
      }),
    );
    expect(kettle).toMatchObject({
      retailPrice: 14900,
      status: 'Preorder',
      releaseDateText: 'March 15, 2027',
      availabilityNote: 'Ships in March',
    });
    expect(props).not.toHaveProperty('availabilityNote');
  });

  it('falls back to the store currency and no limits for a product without a price', () => {
    const bare = toAddToCartProps(
      makeProduct({ id: 3, prices: null, images: [], availableToSell: null }),
      'EUR',
    );
    expect(bare).toMatchObject({ currency: 'EUR', price: null, available: null, maxQuantity: null });
    expect(bare.image).toBeUndefined();
  });
});

describe('choiceStyle', () => {
  it('maps BigCommerce display styles, defaulting to radio buttons', () => {
    expect(choiceStyle('Swatch')).toBe('swatch');
    expect(choiceStyle('DropdownList')).toBe('select');
    expect(choiceStyle('RectangleBoxList')).toBe('boxes');
    expect(choiceStyle('RadioButtons')).toBe('radio');
    expect(choiceStyle('ProductPickList')).toBe('radio');
  });
});
