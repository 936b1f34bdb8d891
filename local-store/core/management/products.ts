/**
 * The part of the Catalog API (`/v3/catalog/products`) that lets a test or a person edit the catalog:
 * name, prices, visibility and product-level stock. Edits change what the Storefront GraphQL serves
 * and are announced as `store/product/updated` and `store/product/inventory/updated` events.
 */
import type { ProductRecord } from '../../data/types';
import type { Catalog } from '../catalog';
import type { CatalogEvent } from './delivery';

/** A product in the Catalog API's (snake_case) shape, the fields this store serves. */
export interface CatalogApiProduct {
  id: number;
  name: string;
  sku: string;
  price: number;
  sale_price: number;
  retail_price: number;
  is_visible: boolean;
  inventory_level: number;
  inventory_tracking: 'none' | 'product' | 'variant';
  custom_url: { url: string; is_customized: boolean };
}

/** What an edit did: the product after it and the events it caused, or why it was refused. */
export type ProductEdit =
  | { ok: true; product: CatalogApiProduct; events: CatalogEvent[] }
  | { ok: false; errors: Record<string, string> };

/** The SKU that carries a product's own stock: itself, or its only variant. */
function stockSku(product: ProductRecord): string | undefined {
  if (product.variants.length === 0) return product.sku;
  return product.variants.length === 1 ? product.variants[0].sku : undefined;
}

/** A product as the Catalog API shows it. */
export function catalogApiProduct(catalog: Catalog, product: ProductRecord): CatalogApiProduct {
  const units = catalog.inventory.available(product);
  return {
    id: product.entityId,
    name: product.name,
    sku: product.sku,
    price: product.price ?? 0,
    sale_price: product.salePrice ?? 0,
    retail_price: product.retailPrice ?? 0,
    is_visible: product.isVisible,
    inventory_level: units ?? 0,
    inventory_tracking: units === null ? 'none' : product.variants.length > 1 ? 'variant' : 'product',
    custom_url: { url: product.path, is_customized: false },
  };
}

const isPrice = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** Applies a `PUT /v3/catalog/products/{id}` body to the product. */
export function editProduct(
  catalog: Catalog,
  product: ProductRecord,
  body: Record<string, unknown>,
): ProductEdit {
  const errors: Record<string, string> = {};
  const next: ProductRecord = { ...product };
  if ('name' in body) {
    if (typeof body.name === 'string' && body.name.trim()) next.name = body.name;
    else errors.name = 'must be a non-empty string';
  }
  for (const [key, field] of [
    ['price', 'price'],
    ['sale_price', 'salePrice'],
    ['retail_price', 'retailPrice'],
  ] as const) {
    if (!(key in body)) continue;
    const value = body[key];
    if (!isPrice(value)) errors[key] = 'must be a number of at least 0';
    else if (field === 'price') next.price = value;
    // BigCommerce reads 0 as "no sale price" and "no retail price".
    else next[field] = value === 0 ? undefined : value;
  }
  if ('is_visible' in body) {
    if (typeof body.is_visible === 'boolean') next.isVisible = body.is_visible;
    else errors.is_visible = 'must be a boolean';
  }
  const sku = stockSku(product);
  const units = body.inventory_level;
  if ('inventory_level' in body) {
    if (!Number.isInteger(units) || (units as number) < 0)
      errors.inventory_level = 'must be a whole number of at least 0';
    else if (!sku) errors.inventory_level = 'this product tracks stock per variant; set it on the variants';
  }
  const unknown = Object.keys(body).filter(
    (key) => !['name', 'price', 'sale_price', 'retail_price', 'is_visible', 'inventory_level'].includes(key),
  );
  for (const key of unknown) errors[key] = 'this local store cannot change this field';
  if (Object.keys(errors).length) return { ok: false, errors };

  const events: CatalogEvent[] = [];
  const data = { type: 'product', id: product.entityId };
  const changed = (['name', 'price', 'salePrice', 'retailPrice', 'isVisible'] as const).some(
    (field) => next[field] !== product[field],
  );
  if (changed) {
    catalog.replaceProduct(next);
    events.push({ scope: 'store/product/updated', data });
  }
  if (typeof units === 'number' && sku) {
    catalog.inventory.setUnits(sku, units);
    const inventory = { product_id: product.entityId, method: 'absolute', value: units };
    events.push({ scope: 'store/product/inventory/updated', data: { ...data, inventory } });
  }
  return { ok: true, product: catalogApiProduct(catalog, catalog.anyProduct(product.entityId)!), events };
}
