/**
 * What the catalog's fragments select, as BigCommerce sends it: the building blocks of the catalog
 * queries' result types (each `…Data` beside its query).
 */

import type { MoneyFields } from './fragments/MoneyFragment';

/** `MoneyFragment`'s shape, under the catalog's name. */
export type ApiMoney = MoneyFields;

/** `PricesFragment`. */
export interface ApiPrices {
  price: ApiMoney | null;
  salePrice: ApiMoney | null;
  basePrice: ApiMoney | null;
  retailPrice: ApiMoney | null;
  priceRange: { min: ApiMoney; max: ApiMoney } | null;
}

/** `ImageFragment`. */
export interface ApiImage {
  urlTemplate: string;
  altText: string;
  isDefault: boolean;
}

/** `PageInfoFragment`. */
export interface ApiPageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** A Relay connection page. */
export interface ApiConnection<T> {
  pageInfo: ApiPageInfo;
  edges: { node: T; cursor?: string }[] | null;
}

/** `SeoFragment`. */
export interface ApiSeo {
  pageTitle: string;
  metaDescription: string;
}

/** A node of `CustomFieldConnectionFragment`. */
export interface ApiCustomField {
  entityId: number;
  name: string;
  value: string;
}

/** A node of `CategoryConnectionFragment` or `RelatedProductsConnectionFragment`: the id alone. */
export interface ApiEntityId {
  entityId: number;
}

/** `OptionValueFragment`. */
export interface ApiOptionValue {
  entityId: number;
  label: string;
  isDefault: boolean;
  hexColors?: string[];
}

/** `ProductOptionsFragment`: the fields present depend on `__typename`. */
export interface ApiOption {
  __typename: string;
  entityId: number;
  displayName: string;
  isRequired: boolean;
  isVariantOption: boolean;
  displayStyle?: string;
  values?: ApiConnection<ApiOptionValue>;
  label?: string;
  checkedByDefault?: boolean;
  checkedOptionValueEntityId?: number;
  uncheckedOptionValueEntityId?: number;
  defaultText?: string | null;
  minLength?: number | null;
  maxLength?: number | null;
  defaultNumber?: number | null;
  lowest?: number | null;
  highest?: number | null;
  isIntegerOnly?: boolean;
  limitNumberBy?: string;
}

/** The product identifiers BigCommerce holds for a product and for each variant; null (or empty) when unset. */
export interface ApiProductIdentifiers {
  gtin: string | null;
  mpn: string | null;
  upc: string | null;
}

/** `VariantFragment`. */
export interface ApiVariant extends ApiProductIdentifiers {
  entityId: number;
  sku: string;
  isPurchasable: boolean;
  defaultImage: ApiImage | null;
  prices: ApiPrices | null;
  inventory: { isInStock: boolean; aggregated: { availableToSell: number } | null } | null;
  options: {
    pageInfo: { hasNextPage: boolean };
    edges:
      { node: { entityId: number; values: { edges: { node: { entityId: number } }[] | null } } }[] | null;
  };
}

/** `ProductCardFragment`. */
export interface ApiProductCard {
  entityId: number;
  sku: string;
  name: string;
  path: string;
  brand: { entityId: number; name: string; path: string } | null;
  prices: ApiPrices | null;
  defaultImage: ApiImage | null;
  inventory: { isInStock: boolean; aggregated: { availableToSell: number } | null };
  reviewSummary: { numberOfReviews: number; summationOfRatings: number };
}

/** `ProductDetailsFragment`. */
export interface ApiProductDetails extends ApiProductIdentifiers {
  entityId: number;
  description: string;
  warranty: string;
  minPurchaseQuantity: number | null;
  maxPurchaseQuantity: number | null;
  condition: 'NEW' | 'REFURBISHED' | 'USED' | null;
  seo: ApiSeo;
  availabilityV2: { status: string; description: string; willBeReleasedAt?: { utc: string } | null };
  images: ApiConnection<ApiImage>;
  categories: ApiConnection<ApiEntityId>;
  customFields: ApiConnection<ApiCustomField>;
  relatedProducts: ApiConnection<ApiEntityId>;
  productOptions: ApiConnection<ApiOption>;
}

/** A product of `GetProductsVariantsQuery`: its first page of variants. */
export interface ApiProductVariants {
  entityId: number;
  variants: ApiConnection<ApiVariant>;
}

/** `CategoryFieldsFragment` plus its nested `children`. */
export interface ApiCategoryTreeItem {
  entityId: number;
  name: string;
  path: string;
  description: string;
  hasChildren: boolean;
  image: ApiImage | null;
  children?: ApiCategoryTreeItem[];
}

/** `BrandFragment`. */
export interface ApiBrand {
  entityId: number;
  name: string;
  path: string;
  defaultImage: ApiImage | null;
  seo: ApiSeo;
}

/** A page of one of a product's lists (`images`, `variants`…); `product` is null once it is gone. */
export type ProductListPage<K extends string, T> = {
  site: { product: Record<K, ApiConnection<T>> | null };
};

/** Variables every query for a further page of a product's list takes. */
export type ProductListVariables = { entityId: number; after?: string | null };
