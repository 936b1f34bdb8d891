/** Index maps over the store's records, built once so every lookup is O(1) even at 100,000 products. */
import type {
  BrandRecord,
  CategoryRecord,
  CurrencyRecord,
  ProductRecord,
  StoreData,
  VariantRecord,
} from '../data/types';
import { Inventory } from './inventory';

/** A variant with the product it belongs to. */
export interface VariantRef {
  product: ProductRecord;
  variant: VariantRecord;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The indexed catalog plus the store's mutable state (stock, sales). */
export class Catalog {
  /** Products visible on the channel, in catalog order. */
  readonly products: ProductRecord[] = [];
  readonly productById = new Map<number, ProductRecord>();
  readonly productBySku = new Map<string, ProductRecord>();
  readonly productByPath = new Map<string, ProductRecord>();
  readonly categoryById = new Map<number, CategoryRecord>();
  readonly categoryByPath = new Map<string, CategoryRecord>();
  /** Child categories per parent id (`null` = top level), in tree order. */
  readonly childCategories = new Map<number | null, CategoryRecord[]>();
  readonly productsByCategory = new Map<number, ProductRecord[]>();
  readonly brands: BrandRecord[];
  readonly brandById = new Map<number, BrandRecord>();
  readonly brandByPath = new Map<string, BrandRecord>();
  readonly productsByBrand = new Map<number, ProductRecord[]>();
  readonly currencyByCode = new Map<string, CurrencyRecord>();
  readonly defaultCurrency: CurrencyRecord;
  readonly inventory: Inventory;
  /** Units sold per product through the hosted checkout. */
  readonly unitsSold = new Map<number, number>();
  private salesVersion = 0;
  private readonly position = new Map<number, number>();
  // Built on first use: a 100,000-product catalog has ~600,000 variants, and most runs never look one up.
  private variantOwners?: { byId: Map<number, ProductRecord>; bySku: Map<string, ProductRecord> };
  private lists: { newest?: ProductRecord[]; featured?: ProductRecord[] } = {};
  private readonly memos = new Map<string, { version: string; value: unknown }>();
  /** Every product record, hidden ones included, as edited through the management API. */
  private readonly allProducts: ProductRecord[];
  private editVersion = 0;

  constructor(readonly data: StoreData) {
    this.inventory = new Inventory();
    this.allProducts = [...data.products];
    this.indexProducts();
    for (const category of data.categories) {
      this.categoryById.set(category.entityId, category);
      this.categoryByPath.set(category.path, category);
      pushTo(this.childCategories, category.parentId, category);
    }
    for (const siblings of this.childCategories.values()) {
      siblings.sort((a, b) => a.sortOrder - b.sortOrder || byName(a, b));
    }
    this.brands = [...data.brands].sort(byName);
    for (const brand of this.brands) {
      this.brandById.set(brand.entityId, brand);
      this.brandByPath.set(brand.path, brand);
    }
    for (const currency of data.currencies) this.currencyByCode.set(currency.code, currency);
    const defaultCurrency = this.currencyByCode.get(data.settings.defaultCurrency);
    if (!defaultCurrency)
      throw new Error(`Default currency ${data.settings.defaultCurrency} is not in currencies`);
    this.defaultCurrency = defaultCurrency;
  }

  /** Visible products, newest first. */
  get newest(): ProductRecord[] {
    return (this.lists.newest ??= [...this.products].sort((a, b) =>
      a.createdAt === b.createdAt ? b.entityId - a.entityId : a.createdAt < b.createdAt ? 1 : -1,
    ));
  }

  /** Visible products the merchant marked featured. */
  get featured(): ProductRecord[] {
    return (this.lists.featured ??= this.products.filter((product) => product.isFeatured));
  }

  private owners() {
    if (!this.variantOwners) {
      const byId = new Map<number, ProductRecord>();
      const bySku = new Map<string, ProductRecord>();
      for (const product of this.products) {
        for (const variant of product.variants) {
          byId.set(variant.entityId, product);
          bySku.set(variant.sku, product);
        }
      }
      this.variantOwners = { byId, bySku };
    }
    return this.variantOwners;
  }

  /** A visible product's variant by its entity id. */
  variantById(entityId: number): VariantRef | undefined {
    const product = this.owners().byId.get(entityId);
    const variant = product?.variants.find((candidate) => candidate.entityId === entityId);
    return product && variant ? { product, variant } : undefined;
  }

  /** A visible product's variant by its SKU. */
  variantBySku(sku: string): VariantRef | undefined {
    const product = this.owners().bySku.get(sku);
    const variant = product?.variants.find((candidate) => candidate.sku === sku);
    return product && variant ? { product, variant } : undefined;
  }

  private indexProducts() {
    for (const map of [this.productById, this.productBySku, this.productByPath, this.position]) map.clear();
    this.productsByCategory.clear();
    this.productsByBrand.clear();
    this.products.splice(0, this.products.length, ...this.allProducts.filter((product) => product.isVisible));
    this.products.forEach((product, index) => this.indexProduct(product, index));
    this.variantOwners = undefined;
    this.lists = {};
  }

  /** Any product record by id, hidden ones included (the management API sees them all). */
  anyProduct(entityId: number): ProductRecord | undefined {
    return this.allProducts.find((product) => product.entityId === entityId);
  }

  /** Replaces a product's record (never the shared `data`) and re-indexes, so every query sees the edit. */
  replaceProduct(next: ProductRecord): void {
    const index = this.allProducts.findIndex((product) => product.entityId === next.entityId);
    if (index < 0) throw new Error(`No product ${next.entityId}`);
    this.allProducts[index] = next;
    this.indexProducts();
    this.editVersion++;
  }

  private indexProduct(product: ProductRecord, index: number) {
    this.position.set(product.entityId, index);
    this.productById.set(product.entityId, product);
    this.productBySku.set(product.sku, product);
    this.productByPath.set(product.path, product);
    for (const categoryId of product.categoryIds) pushTo(this.productsByCategory, categoryId, product);
    if (product.brandId !== null) pushTo(this.productsByBrand, product.brandId, product);
  }

  /** The visible products among `ids`, in catalog order, each once. */
  productsByIds(ids: readonly number[]): ProductRecord[] {
    const found = new Set<ProductRecord>();
    for (const id of ids) {
      const product = this.productById.get(id);
      if (product) found.add(product);
    }
    return [...found].sort((a, b) => this.position.get(a.entityId)! - this.position.get(b.entityId)!);
  }

  /** The ancestors of a category from the top level down to the category itself. */
  categoryLineage(category: CategoryRecord): CategoryRecord[] {
    const lineage: CategoryRecord[] = [];
    for (let node: CategoryRecord | undefined = category; node && lineage.length < 64;) {
      lineage.unshift(node);
      node = node.parentId === null ? undefined : this.categoryById.get(node.parentId);
    }
    return lineage;
  }

  /** Records a sale (hosted checkout) for best-seller ranking. */
  recordSale(product: ProductRecord, quantity: number): void {
    this.unitsSold.set(product.entityId, (this.unitsSold.get(product.entityId) ?? 0) + quantity);
    this.salesVersion++;
  }

  /** A derived value cached until stock or sales change. */
  memo<T>(key: string, build: () => T): T {
    const version = this.stateVersion;
    const hit = this.memos.get(key);
    if (hit && hit.version === version) return hit.value as T;
    const value = build();
    this.memos.set(key, { version, value });
    return value;
  }

  /** Changes whenever stock, sales or a product changes, so derived lists can be cached against it. */
  get stateVersion(): string {
    return `${this.inventory.version}:${this.salesVersion}:${this.editVersion}`;
  }
}
