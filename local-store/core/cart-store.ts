/** In-memory carts keyed by UUID: merging lines, stock and quantity checks, 30-day lifetime. */
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Catalog } from './catalog';
import { resolveLine, type LineItemInput, type ResolvedLine } from './cart-lines';

/** A line in a cart. */
export interface CartLine extends ResolvedLine {
  entityId: string;
  quantity: number;
}

/** A stored cart. */
export interface CartRecord {
  entityId: string;
  currencyCode: string;
  locale: string;
  lines: CartLine[];
  createdAt: Date;
  updatedAt: Date;
}

/** BigCommerce's error for any mutation on a cart it does not know. */
export const CART_NOT_FOUND = 'Not Found: Cart does not exist';

const CART_LIFETIME_MS = 30 * 24 * 3600 * 1000;

/** Checks stock and purchase-quantity limits for the whole cart's lines; throws "Not enough stock: …". */
export function checkQuantities(catalog: Catalog, lines: readonly CartLine[]): void {
  const perStockUnit = new Map<string, { line: CartLine; quantity: number }>();
  const perProduct = new Map<number, { line: CartLine; quantity: number }>();
  for (const line of lines) {
    const unitKey = `${line.product.entityId}:${line.variant?.entityId ?? ''}`;
    const unit = perStockUnit.get(unitKey) ?? { line, quantity: 0 };
    unit.quantity += line.quantity;
    perStockUnit.set(unitKey, unit);
    const product = perProduct.get(line.product.entityId) ?? { line, quantity: 0 };
    product.quantity += line.quantity;
    perProduct.set(line.product.entityId, product);
  }
  for (const { line, quantity } of perStockUnit.values()) {
    const units = catalog.inventory.available(line.product, line.variant);
    if (units === null || quantity <= units) continue;
    const label = `${line.product.name} (SKU ${line.variant?.sku ?? line.product.sku})`;
    throw new GraphQLError(
      units === 0
        ? `Not enough stock: ${label} is out of stock.`
        : `Not enough stock: only ${units} of ${label} can be bought, ${quantity} were requested.`,
    );
  }
  for (const { line, quantity } of perProduct.values()) {
    const { minPurchaseQuantity: min, maxPurchaseQuantity: max, name } = line.product;
    if (min && quantity < min)
      throw new GraphQLError(`"${name}" must be bought in a quantity of at least ${min}`);
    if (max && quantity > max)
      throw new GraphQLError(`"${name}" can be bought in a quantity of at most ${max}`);
  }
}

/** All carts of one local store. */
export class CartStore {
  private readonly carts = new Map<string, CartRecord>();

  constructor(
    private readonly catalog: Catalog,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cart, or `null` when unknown, deleted or expired. */
  get(entityId: string | null | undefined): CartRecord | null {
    if (!entityId) return null;
    const cart = this.carts.get(entityId);
    if (!cart) return null;
    if (cart.updatedAt.getTime() + CART_LIFETIME_MS < this.now()) {
      this.carts.delete(entityId);
      return null;
    }
    return cart;
  }

  /** The cart, or BigCommerce's not-found error. */
  require(entityId: string | null | undefined): CartRecord {
    const cart = this.get(entityId);
    if (!cart) throw new GraphQLError(CART_NOT_FOUND);
    return cart;
  }

  /** Creates a cart with at least one line. */
  create(inputs: readonly LineItemInput[], currencyCode: string, locale: string): CartRecord {
    if (inputs.length === 0) throw new GraphQLError('A cart needs at least one line item');
    const at = new Date(this.now());
    const cart: CartRecord = {
      entityId: randomUUID(),
      currencyCode,
      locale,
      lines: [],
      createdAt: at,
      updatedAt: at,
    };
    cart.lines = this.merged([], inputs);
    this.carts.set(cart.entityId, cart);
    return cart;
  }

  /** Adds lines, merging those equal to an existing line (same variant and options). */
  addLines(cart: CartRecord, inputs: readonly LineItemInput[]): CartRecord {
    if (inputs.length === 0) throw new GraphQLError('No line items to add');
    return this.commit(cart, this.merged(cart.lines, inputs));
  }

  /** Replaces one line's item, options and quantity. */
  updateLine(cart: CartRecord, lineEntityId: string, input: LineItemInput): CartRecord {
    const index = cart.lines.findIndex((line) => line.entityId === lineEntityId);
    if (index < 0) throw new GraphQLError('Not Found: Line item does not exist');
    const resolved = resolveLine(this.catalog, input);
    const lines = cart.lines.map((line, i) =>
      i === index ? { ...resolved, entityId: line.entityId, quantity: input.quantity } : line,
    );
    return this.commit(cart, lines);
  }

  /** Removes a line; removing the last one deletes the cart (returns `null`). */
  deleteLine(cart: CartRecord, lineEntityId: string): CartRecord | null {
    const lines = cart.lines.filter((line) => line.entityId !== lineEntityId);
    if (lines.length === cart.lines.length) throw new GraphQLError('Not Found: Line item does not exist');
    if (lines.length === 0) {
      this.delete(cart.entityId);
      return null;
    }
    return this.commit(cart, lines);
  }

  /** Ages a cart past its lifetime, as if untouched for 30 days (a test control); false when unknown. */
  expire(entityId: string): boolean {
    const cart = this.get(entityId);
    if (!cart) return false;
    cart.updatedAt = new Date(this.now() - CART_LIFETIME_MS - 1);
    return true;
  }

  /** Forgets a cart. */
  delete(entityId: string): boolean {
    return this.carts.delete(entityId);
  }

  private merged(existing: readonly CartLine[], inputs: readonly LineItemInput[]): CartLine[] {
    const lines = existing.map((line) => ({ ...line }));
    for (const input of inputs) {
      const resolved = resolveLine(this.catalog, input);
      const same = lines.find((line) => line.key === resolved.key);
      if (same) same.quantity += input.quantity;
      else lines.push({ ...resolved, entityId: randomUUID(), quantity: input.quantity });
    }
    checkQuantities(this.catalog, lines);
    return lines;
  }

  private commit(cart: CartRecord, lines: CartLine[]): CartRecord {
    checkQuantities(this.catalog, lines);
    cart.lines = lines;
    cart.updatedAt = new Date(Math.max(this.now(), cart.updatedAt.getTime() + 1));
    return cart;
  }
}
