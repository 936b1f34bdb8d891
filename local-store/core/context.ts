/** What every resolver receives: the catalog, carts, the store's public origin and per-request fault flags. */
import type { BrandRecord, CategoryRecord, ProductRecord, VariantRecord } from '../data/types';
import type { CartStore } from './cart-store';
import type { Catalog } from './catalog';
import type { CheckoutDesk } from './checkout-desk';

/** Per-request resolver context. */
export interface ApiContext {
  catalog: Catalog;
  carts: CartStore;
  checkout: CheckoutDesk;
  /** `http://127.0.0.1:PORT`: base of image, product and checkout URLs. */
  origin: string;
  channelId: number;
  /** When set, some nullable fields fail with a GraphQL error (the `graphqlErrors` fault). */
  injectErrors: { active: boolean; injected: number; considered: number };
}

const NO_SELECTION: ReadonlySet<number> = new Set();

/** A product as the schema sees it, possibly narrowed to one variant or a set of chosen option values. */
export interface ProductView {
  __typename: 'Product';
  record: ProductRecord;
  variant: VariantRecord | null;
  selectedValueIds: ReadonlySet<number>;
}

/** A variant with its product. */
export interface VariantView {
  __typename: 'Variant';
  product: ProductRecord;
  variant: VariantRecord;
}

/** A category node. */
export interface CategoryView {
  __typename: 'Category';
  record: CategoryRecord;
}

/** A brand node. */
export interface BrandView {
  __typename: 'Brand';
  record: BrandRecord;
}

/** Wraps a product record for the schema. */
export function productView(
  record: ProductRecord,
  variant: VariantRecord | null = null,
  selectedValueIds: ReadonlySet<number> = NO_SELECTION,
): ProductView {
  return { __typename: 'Product', record, variant, selectedValueIds };
}

/** Wraps a category record for the schema. */
export const categoryView = (record: CategoryRecord): CategoryView => ({ __typename: 'Category', record });

/** Wraps a brand record for the schema. */
export const brandView = (record: BrandRecord): BrandView => ({ __typename: 'Brand', record });

/** A BigCommerce-style global node id: base64 of `Type:entityId`. */
export function encodeNodeId(typeName: string, entityId: number | string): string {
  return Buffer.from(`${typeName}:${entityId}`).toString('base64');
}

/** Splits a global node id; `null` for anything else. */
export function decodeNodeId(id: string): { typeName: string; entityId: string } | null {
  const match = /^([A-Za-z]+):(.+)$/.exec(Buffer.from(id, 'base64').toString('utf8'));
  return match ? { typeName: match[1], entityId: match[2] } : null;
}
