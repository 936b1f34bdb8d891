/** Live stock levels: the records' stock minus what hosted-checkout orders have taken. */
import type { ProductRecord, VariantRecord } from '../data/types';

/** Units on hand per product and variant; `null` means the merchant does not track stock. */
export class Inventory {
  // Only units taken are stored, so start-up costs nothing even with hundreds of thousands of variants.
  private readonly takenByVariant = new Map<number, number>();
  private readonly takenByProduct = new Map<number, number>();
  /** Units on hand set by the stock control, by SKU; they replace the record's stock and what orders took. */
  private onHand = new Map<string, number>();
  /** Bumped on every change so cached stock-dependent lists know to rebuild. */
  version = 0;

  private variantUnits(variant: VariantRecord): number | null {
    const set = this.onHand.get(variant.sku);
    if (set !== undefined) return set;
    return variant.stock === null
      ? null
      : Math.max(0, variant.stock - (this.takenByVariant.get(variant.entityId) ?? 0));
  }

  /** Units available for a variant, or for a whole product; `null` when untracked. */
  available(product: ProductRecord, variant?: VariantRecord | null): number | null {
    if (variant) return this.variantUnits(variant);
    if (product.variants.length === 0) {
      const set = this.onHand.get(product.sku);
      if (set !== undefined) return set;
      if (product.stock === null) return null;
      return Math.max(0, product.stock - (this.takenByProduct.get(product.entityId) ?? 0));
    }
    let total: number | null = null;
    for (const candidate of product.variants) {
      const units = this.variantUnits(candidate);
      if (units !== null) total = (total ?? 0) + units;
    }
    return total;
  }

  /** True when stock is tracked per variant. */
  hasVariantInventory(product: ProductRecord): boolean {
    return product.variants.some((variant) => variant.stock !== null);
  }

  /** In stock: untracked, or at least one unit (of any variant when none is given). */
  isInStock(product: ProductRecord, variant?: VariantRecord | null): boolean {
    if (variant || product.variants.length === 0) {
      const units = this.available(product, variant);
      return units === null || units > 0;
    }
    return product.variants.some((candidate) => {
      const units = this.variantUnits(candidate);
      return units === null || units > 0;
    });
  }

  /** Replaces the units on hand set by SKU (a test control); an empty map goes back to the records. */
  setOnHand(units: ReadonlyMap<string, number>): void {
    this.onHand = new Map(units);
    this.version++;
  }

  /** Sets the units on hand of one SKU, keeping the others (a management API edit). */
  setUnits(sku: string, units: number): void {
    this.onHand.set(sku, units);
    this.version++;
  }

  /** Removes `quantity` units (orders); untracked stock is left alone. */
  take(product: ProductRecord, variant: VariantRecord | null, quantity: number): void {
    const units = this.available(product, variant);
    if (units === null) return;
    const sku = (variant ?? product).sku;
    if (this.onHand.has(sku)) this.onHand.set(sku, Math.max(0, units - quantity));
    const [taken, id] = variant
      ? [this.takenByVariant, variant.entityId]
      : [this.takenByProduct, product.entityId];
    taken.set(id, (taken.get(id) ?? 0) + quantity);
    this.version++;
  }
}
