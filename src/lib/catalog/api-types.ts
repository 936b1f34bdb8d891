/** Shapes of the Storefront API replies the catalog queries select, as the export receives them. */

/** `MoneyFragment`: BigCommerce sends the BigDecimal `value` as a JSON number (a string is accepted too). */
export interface ApiMoney {
  value: number | string;
  currencyCode: string;
}

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

/** `VariantFragment`. */
export interface ApiVariant {
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
export interface ApiProductDetails {
  entityId: number;
  description: string;
  warranty: string;
  minPurchaseQuantity: number | null;
  maxPurchaseQuantity: number | null;
  seo: ApiSeo;
  availabilityV2: { status: string; description: string; willBeReleasedAt?: { utc: string } | null };
  images: ApiConnection<ApiImage>;
  categories: ApiConnection<{ entityId: number }>;
  customFields: ApiConnection<{ entityId: number; name: string; value: string }>;
  relatedProducts: ApiConnection<{ entityId: number }>;
  productOptions: ApiConnection<ApiOption>;
}

/** A product of `GetProductsVariantsQuery`: its first page of variants. */
export interface ApiProductVariants {
  entityId: number;
  variants: ApiConnection<ApiVariant>;
}

/** A product with every list paged through to its end. */
export interface RawProduct {
  card: ApiProductCard;
  details: Omit<
    ApiProductDetails,
    'images' | 'categories' | 'customFields' | 'relatedProducts' | 'productOptions'
  >;
  images: ApiImage[];
  categoryIds: number[];
  customFields: { entityId: number; name: string; value: string }[];
  relatedIds: number[];
  /** Options with all their values. */
  options: ApiOption[];
  variants: ApiVariant[];
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

/** `GetStoreSettingsQuery`'s reply. */
export interface ApiStoreSettings {
  site: {
    settings: {
      storeName: string;
      storeHash: string;
      url: { vanityUrl: string; checkoutUrl: string | null };
    } | null;
    currencies: {
      edges:
        | {
            node: {
              code: string;
              isActive: boolean;
              isTransactional: boolean;
              exchangeRate: number;
              display: { decimalPlaces: number };
            };
          }[]
        | null;
    };
    featuredProducts: { edges: { node: { entityId: number } }[] | null };
    newestProducts: { edges: { node: { entityId: number } }[] | null };
  };
}

/** The nodes of a connection page, tolerating BigCommerce's nullable `edges`. */
export function nodesOf<T>(connection: { edges: { node: T }[] | null } | null | undefined): T[] {
  return connection?.edges?.map((edge) => edge.node) ?? [];
}
