/** BigCommerce's webhook payload, and the catalog change each counted scope stands for. */
import { z } from 'zod';
import { isRegisteredScope } from './scopes';

const entityId = z.union([z.number(), z.string()]).optional();

/** The shape every BigCommerce delivery has; `data` carries more fields per scope. */
export const webhookPayloadSchema = z.object({
  scope: z.string().min(1),
  store_id: z.union([z.string().min(1), z.number()]),
  data: z.looseObject({ type: z.string().min(1), id: entityId }),
  hash: z.string().min(1),
  created_at: z.number(),
  producer: z.string().min(1),
});

/** A delivery's body, as BigCommerce sends it. */
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;

/** What one delivery changed, in the build-hook body's terms. */
export interface CatalogChange {
  scope: string;
  /** True when the change cannot be named entity by entity: the build exports everything. */
  full: boolean;
  products: number[];
  categories: number[];
  skus: number[];
}

const ENTITY_SCOPE = /^store\/(product|category|sku)\//;
const CHANNEL_PRODUCT_SCOPE = /^store\/channel\/\d+\/product\//;

const positiveId = (value: unknown): number | undefined => {
  const id = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined;
};

const change = (scope: string, parts: Partial<CatalogChange>): CatalogChange => ({
  scope,
  full: false,
  products: [],
  categories: [],
  skus: [],
  ...parts,
});

/** The owning product of a SKU event, when the payload names it (`data.sku.product_id`). */
function skuProductId(data: WebhookPayload['data']): number | undefined {
  const sku = data.sku;
  return sku && typeof sku === 'object' ? positiveId((sku as Record<string, unknown>).product_id) : undefined;
}

/**
 * The catalog change a delivery stands for, or `undefined` for a scope (or another channel) that
 * does not affect this site. A counted entity scope without a usable id asks for a full rebuild,
 * so that no change is lost.
 */
export function changeFromPayload(payload: WebhookPayload, channelId: number): CatalogChange | undefined {
  const { scope, data } = payload;
  if (!isRegisteredScope(scope, channelId)) return undefined;
  const id = positiveId(data.id);
  const entity = ENTITY_SCOPE.exec(scope);
  if (entity) {
    if (id === undefined) return change(scope, { full: true });
    if (entity[1] === 'product') return change(scope, { products: [id] });
    if (entity[1] === 'category') return change(scope, { categories: [id] });
    const owner = skuProductId(data);
    return change(scope, { skus: [id], products: owner === undefined ? [] : [owner] });
  }
  if (CHANNEL_PRODUCT_SCOPE.test(scope)) {
    return id === undefined ? change(scope, { full: true }) : change(scope, { products: [id] });
  }
  // The channel's category tree and settings, price lists, store information: no entity to name.
  return change(scope, { full: true });
}
