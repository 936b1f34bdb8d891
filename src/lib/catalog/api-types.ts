/** Shapes of the Storefront API replies the export works with, and the product it assembles from them. */
import type {
  ApiCustomField,
  ApiImage,
  ApiOption,
  ApiProductCard,
  ApiProductDetails,
  ApiVariant,
} from '../bigcommerce/catalog-fields';

export type {
  ApiMoney,
  ApiPrices,
  ApiImage,
  ApiPageInfo,
  ApiConnection,
  ApiSeo,
  ApiOptionValue,
  ApiOption,
  ApiProductIdentifiers,
  ApiVariant,
  ApiProductCard,
  ApiProductDetails,
  ApiProductVariants,
  ApiCategoryTreeItem,
  ApiBrand,
} from '../bigcommerce/catalog-fields';
/** `GetStoreSettingsQuery`'s reply. */
export type { GetStoreSettingsData as ApiStoreSettings } from '../bigcommerce/queries/GetStoreSettingsQuery';

/** A product with every list paged through to its end. */
export interface RawProduct {
  card: ApiProductCard;
  details: Omit<
    ApiProductDetails,
    'images' | 'categories' | 'customFields' | 'relatedProducts' | 'productOptions'
  >;
  images: ApiImage[];
  categoryIds: number[];
  customFields: ApiCustomField[];
  relatedIds: number[];
  /** Options with all their values. */
  options: ApiOption[];
  variants: ApiVariant[];
}

/** The nodes of a connection page, tolerating BigCommerce's nullable `edges`. */
export function nodesOf<T>(connection: { edges: { node: T }[] | null } | null | undefined): T[] {
  return connection?.edges?.map((edge) => edge.node) ?? [];
}
