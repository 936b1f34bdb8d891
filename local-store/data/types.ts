/**
 * The local store's own catalog model: BigCommerce's catalog as the merchant sees it in the
 * control panel, before the Storefront API shapes it. Amounts are decimals in the store's
 * default currency, as BigCommerce stores them.
 */

/** A picture held by the local CDN; its pixels are generated from `hue` at any size. */
export interface ImageRecord {
  entityId: number;
  altText: string;
  isDefault: boolean;
  /** 0–359: the generated picture's base colour. */
  hue: number;
  /** Intrinsic size of the "original" upload; requests are scaled from it. */
  width: number;
  height: number;
  /** File name used in the CDN path, e.g. `orbit-terrarium-large`. */
  fileName: string;
}

export interface OptionValueRecord {
  entityId: number;
  label: string;
  isDefault: boolean;
  /** Swatch colours (`#rrggbb`), only for `displayStyle: 'Swatch'`. */
  hexColors?: string[];
}

interface OptionBase {
  entityId: number;
  displayName: string;
  isRequired: boolean;
}

/** A multiple-choice option; `isVariantOption` ones define the product's variants. */
export interface MultipleChoiceRecord extends OptionBase {
  kind: 'MultipleChoice';
  isVariantOption: boolean;
  displayStyle: 'Swatch' | 'RadioButtons' | 'RectangleBoxList' | 'DropdownList';
  values: OptionValueRecord[];
  /** Modifier price adjustments by value id (non-variant options only). */
  priceAdjustments?: Record<number, number>;
}

export interface CheckboxRecord extends OptionBase {
  kind: 'Checkbox';
  label: string;
  checkedByDefault: boolean;
  checkedOptionValueEntityId: number;
  uncheckedOptionValueEntityId: number;
}

export interface TextFieldRecord extends OptionBase {
  kind: 'TextField';
  defaultValue?: string;
  minLength?: number;
  maxLength?: number;
}

export interface NumberFieldRecord extends OptionBase {
  kind: 'NumberField';
  defaultValue?: number;
  lowest?: number;
  highest?: number;
  isIntegerOnly: boolean;
  limitNumberBy: 'LOWEST_VALUE' | 'HIGHEST_VALUE' | 'RANGE' | 'NO_LIMIT';
}

export type OptionRecord = MultipleChoiceRecord | CheckboxRecord | TextFieldRecord | NumberFieldRecord;

/** The identifiers a merchant may enter for a product or variant; absent when left blank. */
export interface IdentifierFields {
  /** Global Trade Item Number (EAN-13 and the like), check digit included. */
  gtin?: string;
  /** Manufacturer part number. */
  mpn?: string;
  /** UPC-A, 12 digits. */
  upc?: string;
}

export interface VariantRecord extends IdentifierFields {
  entityId: number;
  sku: string;
  /** One value id per variant option of the product, in option order. */
  optionValueIds: number[];
  /** Overrides of the product's prices; absent means "inherit". */
  price?: number;
  salePrice?: number;
  /** Units available to sell; `null` when inventory is not tracked. */
  stock: number | null;
  isPurchasable: boolean;
  imageId?: number;
}

export interface ProductRecord extends IdentifierFields {
  entityId: number;
  sku: string;
  name: string;
  /** BigCommerce's custom URL, with slashes at both ends: `/orbit-terrarium-large/`. */
  path: string;
  /** Merchant HTML. */
  description: string;
  brandId: number | null;
  categoryIds: number[];
  /** Default price; `null` when the merchant leaves it blank. */
  price: number | null;
  salePrice?: number;
  retailPrice?: number;
  images: ImageRecord[];
  options: OptionRecord[];
  variants: VariantRecord[];
  /** Product-level stock when the product has no variant options; `null` = not tracked. */
  stock: number | null;
  availability: 'Available' | 'Preorder' | 'Unavailable';
  /** Text shown with the availability, e.g. "Usually ships in 24 hours". */
  availabilityDescription: string;
  /** ISO date a preorder ships, for `Preorder`. */
  preorderReleaseDate?: string;
  customFields: { entityId: number; name: string; value: string }[];
  seo: { pageTitle: string; metaDescription: string };
  reviewSummary: { numberOfReviews: number; summationOfRatings: number };
  relatedProductIds: number[];
  warranty: string;
  /** Absent when the store does not say; the sample's products are new unless a spec says otherwise. */
  condition?: 'NEW' | 'REFURBISHED' | 'USED';
  minPurchaseQuantity?: number;
  maxPurchaseQuantity?: number;
  /** ISO timestamp; the sample's "newest" products sort by it. */
  createdAt: string;
  isFeatured: boolean;
  /** Hidden products are not on the channel: the Storefront API never returns them. */
  isVisible: boolean;
}

export interface CategoryRecord {
  entityId: number;
  parentId: number | null;
  name: string;
  path: string;
  description: string;
  sortOrder: number;
  image?: ImageRecord;
  seo: { pageTitle: string; metaDescription: string };
}

export interface BrandRecord {
  entityId: number;
  name: string;
  path: string;
  image?: ImageRecord;
  seo: { pageTitle: string; metaDescription: string };
  searchKeywords: string[];
}

export interface CurrencyRecord {
  code: string;
  name: string;
  isActive: boolean;
  isTransactional: boolean;
  /** Units of this currency per one unit of the default currency. */
  exchangeRate: number;
  display: {
    symbol: string;
    symbolPlacement: 'LEFT' | 'RIGHT';
    decimalToken: string;
    thousandsToken: string;
    decimalPlaces: number;
  };
}

/** Everything the local store serves. */
export interface StoreData {
  settings: { storeName: string; storeHash: string; defaultCurrency: string };
  currencies: CurrencyRecord[];
  categories: CategoryRecord[];
  brands: BrandRecord[];
  products: ProductRecord[];
}
