/** Seeded benchmark catalogs of any size: the same options always give the same store. */
import { CatalogBuilder } from './build';
import { storeCurrencies } from './currencies';
import { productSpec } from './generate/product';
import { addBrands, addCategories } from './generate/taxonomy';
import { Random } from './random';
import type { ProductRecord, StoreData } from './types';

/** Size and seed of a generated catalog. */
export interface GenerateOptions {
  /** Exact number of products, hidden ones included. */
  products: number;
  /** Defaults to 1. */
  seed?: number;
}

const BRAND_COUNT = 40;
const FEATURED_COUNT = 10;

/** Points about a third of the products at one to four others. */
function linkRelated(products: ProductRecord[], random: Random): void {
  if (products.length < 2) return;
  for (const [i, product] of products.entries()) {
    if (!random.chance(0.35)) continue;
    const related = new Set<number>();
    for (let n = random.int(1, 4); n > 0; n--) {
      const other = random.int(0, products.length - 1);
      if (other !== i) related.add(products[other].entityId);
    }
    product.relatedProductIds = [...related];
  }
}

/** A catalog of `products` products in ~50 categories (3 levels) from 40 brands, with 1–100 variants each. */
export function generateStore({ products: count, seed = 1 }: GenerateOptions): StoreData {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`Cannot generate ${count} products`);
  const random = new Random(seed);
  const builder = new CatalogBuilder();
  const leaves = addCategories(builder, random);
  const brandSlugs = addBrands(builder, random, BRAND_COUNT);
  const slugUses = new Map<string, number>();
  const featuredEvery = Math.max(1, Math.floor(count / FEATURED_COUNT));
  for (let index = 0; index < count; index++) {
    builder.product(productSpec({ builder, random, leaves, brandSlugs, index, featuredEvery, slugUses }));
  }
  linkRelated(builder.products, random);
  return {
    settings: { storeName: 'Benchmark Store', storeHash: `bench${seed}`, defaultCurrency: 'USD' },
    currencies: storeCurrencies(),
    categories: builder.categories,
    brands: builder.brands,
    products: builder.products,
  };
}
