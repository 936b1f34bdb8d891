/**
 * Test controls, not part of BigCommerce's API, for tests in another process: replace the faults,
 * let a cart run out its lifetime, set the units on hand of SKUs, and deactivate a webhook.
 */
import type { CartStore } from './cart-store';
import type { Catalog } from './catalog';
import { parseFaultConfig, type FaultState } from './faults';
import { bodyText, errorResponse, jsonResponse, type ApiRequest, type ApiResponse } from './http';
import type { HookRegistry } from './management/hooks';

/** `POST` a JSON FaultConfig: it replaces the current one (`{}` clears it), even while the store is "dead". */
export const FAULTS_CONTROL_PATH = '/__local/faults';
/** `POST {"cartEntityId": "…"}`: the cart ages past its 30-day lifetime, so the store no longer has it. */
export const EXPIRE_CART_CONTROL_PATH = '/__local/carts/expire';
/** `POST {"SKU": units, …}`: those SKUs have exactly that many units on hand (`{}` restores the records). */
export const STOCK_CONTROL_PATH = '/__local/stock';
/** `POST {"id": N}`: the webhook is set inactive, as BigCommerce does after its retries fail. */
export const DEACTIVATE_HOOK_CONTROL_PATH = '/__local/hooks/deactivate';

/** The objects the controls act on. */
export interface ControlTargets {
  faults: FaultState;
  carts: CartStore;
  catalog: Catalog;
  hooks: HookRegistry;
}

function parseStock(input: unknown, catalog: Catalog): Map<string, number> {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw new Error('Stock must be an object of SKU → units');
  const units = new Map<string, number>();
  for (const [sku, value] of Object.entries(input as Record<string, unknown>)) {
    if (!catalog.productBySku.has(sku) && !catalog.variantBySku(sku)) throw new Error(`No SKU "${sku}"`);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
      throw new Error(`Stock of "${sku}" must be a non-negative integer`);
    units.set(sku, value);
  }
  return units;
}

function expireCart(input: unknown, carts: CartStore): ApiResponse {
  const id = (input as { cartEntityId?: unknown } | null)?.cartEntityId;
  if (typeof id !== 'string') return errorResponse(400, 'Give the cart as {"cartEntityId": "…"}');
  return carts.expire(id)
    ? jsonResponse(200, { ok: true })
    : errorResponse(404, `The store has no cart ${id}`);
}

function deactivateHook(input: unknown, hooks: HookRegistry): ApiResponse {
  const id = (input as { id?: unknown } | null)?.id;
  if (typeof id !== 'number') return errorResponse(400, 'Give the webhook as {"id": N}');
  return hooks.deactivate(id)
    ? jsonResponse(200, { ok: true })
    : errorResponse(404, `The store has no webhook ${id}`);
}

/** Answers a control request, or null when `path` is no control. */
export function handleControl(
  request: ApiRequest,
  path: string,
  targets: ControlTargets,
): ApiResponse | null {
  const controls = [
    FAULTS_CONTROL_PATH,
    EXPIRE_CART_CONTROL_PATH,
    STOCK_CONTROL_PATH,
    DEACTIVATE_HOOK_CONTROL_PATH,
  ];
  if (request.method !== 'POST' || !controls.includes(path)) return null;
  try {
    const input: unknown = JSON.parse(bodyText(request) || '{}');
    if (path === EXPIRE_CART_CONTROL_PATH) return expireCart(input, targets.carts);
    if (path === DEACTIVATE_HOOK_CONTROL_PATH) return deactivateHook(input, targets.hooks);
    if (path === STOCK_CONTROL_PATH) targets.catalog.inventory.setOnHand(parseStock(input, targets.catalog));
    else targets.faults.set(parseFaultConfig(input));
    return jsonResponse(200, { ok: true });
  } catch (error) {
    return errorResponse(400, (error as Error).message);
  }
}
