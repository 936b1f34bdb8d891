/** Records for the test catalog: helpers and its three option-rich products. */
import type { ImageRecord, ProductRecord } from '../../local-store/data/types';

/** An image record with a 4:3 intrinsic size. */
export const image = (entityId: number, fileName: string, isDefault = false, hue = 140): ImageRecord => ({
  entityId,
  altText: fileName.replace(/-/g, ' '),
  isDefault,
  hue,
  width: 1200,
  height: 900,
  fileName,
});

/** A product record with plain defaults, overridden by `extra`. */
export function product(entityId: number, name: string, extra: Partial<ProductRecord> = {}): ProductRecord {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    entityId,
    sku: `SKU-${entityId}`,
    name,
    path: `/${slug}/`,
    description: `<p>The <strong>${name}</strong> &amp; friends.</p>`,
    brandId: null,
    categoryIds: [],
    price: 10,
    images: [],
    options: [],
    variants: [],
    stock: null,
    availability: 'Available',
    availabilityDescription: 'Usually ships in 24 hours',
    customFields: [],
    seo: { pageTitle: '', metaDescription: `Buy ${name}` },
    reviewSummary: { numberOfReviews: 0, summationOfRatings: 0 },
    relatedProductIds: [],
    warranty: '',
    createdAt: `2024-01-${String((entityId % 28) + 1).padStart(2, '0')}T10:00:00Z`,
    isFeatured: false,
    isVisible: true,
    ...extra,
  };
}

/** Product ids the tests refer to. */
export const ids = {
  terrarium: 1,
  mister: 2,
  onRequest: 3,
  retired: 4,
  preorder: 5,
  rope: 6,
  hidden: 7,
  planter: 8,
} as const;

/** Two variant options (one a swatch), a checkbox and a priced multiple-choice modifier; 4 variants. */
export const terrarium = product(ids.terrarium, 'Orbit Terrarium', {
  brandId: 1,
  categoryIds: [3],
  price: 80,
  retailPrice: 100,
  images: [image(11, 'orbit-terrarium', true, 150), image(12, 'orbit-terrarium-side', false, 200)],
  options: [
    {
      kind: 'MultipleChoice',
      entityId: 101,
      displayName: 'Size',
      isRequired: true,
      isVariantOption: true,
      displayStyle: 'RectangleBoxList',
      values: [
        { entityId: 1011, label: 'Small', isDefault: true },
        { entityId: 1012, label: 'Large', isDefault: false },
      ],
    },
    {
      kind: 'MultipleChoice',
      entityId: 102,
      displayName: 'Glass',
      isRequired: true,
      isVariantOption: true,
      displayStyle: 'Swatch',
      values: [
        { entityId: 1021, label: 'Clear', isDefault: true, hexColors: ['#e0f2f1'] },
        { entityId: 1022, label: 'Smoke', isDefault: false, hexColors: ['#616161'] },
      ],
    },
    {
      kind: 'Checkbox',
      entityId: 103,
      displayName: 'Gift wrap',
      isRequired: false,
      label: 'Wrap it',
      checkedByDefault: false,
      checkedOptionValueEntityId: 1031,
      uncheckedOptionValueEntityId: 1032,
    },
    {
      kind: 'MultipleChoice',
      entityId: 104,
      displayName: 'Stand',
      isRequired: false,
      isVariantOption: false,
      displayStyle: 'DropdownList',
      values: [
        { entityId: 1041, label: 'None', isDefault: true },
        { entityId: 1042, label: 'Oak', isDefault: false },
      ],
      priceAdjustments: { 1042: 15 },
    },
  ],
  variants: [
    { entityId: 201, sku: 'TERR-S-CLR', optionValueIds: [1011, 1021], stock: 5, isPurchasable: true },
    {
      entityId: 202,
      sku: 'TERR-S-SMK',
      optionValueIds: [1011, 1022],
      salePrice: 70,
      stock: 0,
      isPurchasable: true,
    },
    {
      entityId: 203,
      sku: 'TERR-L-CLR',
      gtin: '4006381333931',
      mpn: 'T-L-C',
      upc: '036000291452',
      optionValueIds: [1012, 1021],
      price: 120,
      stock: 2,
      isPurchasable: true,
      imageId: 12,
    },
    {
      entityId: 204,
      sku: 'TERR-L-SMK',
      optionValueIds: [1012, 1022],
      price: 125,
      stock: 4,
      isPurchasable: false,
    },
  ],
  stock: null,
  customFields: [
    { entityId: 1, name: 'Material', value: 'Glass' },
    { entityId: 2, name: 'Origin', value: 'Portugal' },
  ],
  reviewSummary: { numberOfReviews: 4, summationOfRatings: 18 },
  relatedProductIds: [2, 3, 7],
  isFeatured: true,
  mpn: 'TERR',
  condition: 'REFURBISHED',
});

/** 12 variants and 13 images: more than one page of each. */
export const rope = product(ids.rope, 'Hanging Rope', {
  brandId: 2,
  categoryIds: [5],
  price: 12,
  options: [
    {
      kind: 'MultipleChoice',
      entityId: 601,
      displayName: 'Length',
      isRequired: true,
      isVariantOption: true,
      displayStyle: 'DropdownList',
      values: Array.from({ length: 12 }, (_, i) => ({
        entityId: 6010 + i,
        label: `${i + 1} m`,
        isDefault: i === 0,
      })),
    },
  ],
  variants: Array.from({ length: 12 }, (_, i) => ({
    entityId: 610 + i,
    sku: `ROPE-${i + 1}`,
    optionValueIds: [6010 + i],
    price: 12 + i,
    stock: null,
    isPurchasable: true,
  })),
  images: Array.from({ length: 13 }, (_, i) => image(60 + i, `rope-${i + 1}`, i === 0, 30)),
});

/** Text and number modifiers, no variants. */
export const planter = product(ids.planter, 'Engraved Planter', {
  brandId: 2,
  categoryIds: [2],
  price: 30,
  stock: 50,
  options: [
    {
      kind: 'TextField',
      entityId: 801,
      displayName: 'Engraving',
      isRequired: true,
      minLength: 2,
      maxLength: 20,
    },
    {
      kind: 'NumberField',
      entityId: 802,
      displayName: 'Drainage holes',
      isRequired: false,
      defaultValue: 1,
      lowest: 0,
      highest: 5,
      isIntegerOnly: true,
      limitNumberBy: 'RANGE',
    },
  ],
});
