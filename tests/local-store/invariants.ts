/** Consistency rules every local-store catalog must satisfy, shared by the sample and generator tests. */
import type { ProductRecord, StoreData } from '../../local-store/data/types';
import { productViolations } from './product-invariants';

const PATH_PATTERN = /^\/([a-z0-9-]+\/)+$/;
// Products may also use BigCommerce's legacy URL format, `/products/name.html`.
const PRODUCT_PATH_PATTERN = /^\/([a-z0-9-]+\/)*([a-z0-9-]+\/|[a-z0-9-]+\.html)$/;

function duplicates<T>(items: T[]): T[] {
  const seen = new Set<T>();
  return [...new Set(items.filter((item) => (seen.has(item) ? true : (seen.add(item), false))))];
}

/** Every option value id a product defines, checkbox values included. */
export function optionValueIdsOf(product: ProductRecord): number[] {
  return product.options.flatMap((option) =>
    option.kind === 'MultipleChoice'
      ? option.values.map((value) => value.entityId)
      : option.kind === 'Checkbox'
        ? [option.checkedOptionValueEntityId, option.uncheckedOptionValueEntityId]
        : [],
  );
}

/** Ids, SKUs and paths that must be unique, and the references that must resolve. */
function referenceViolations(store: StoreData): string[] {
  const { products, categories, brands } = store;
  const problems: string[] = [];
  const unique = (kind: string, items: (string | number)[]) =>
    duplicates(items).forEach((item) => problems.push(`duplicate ${kind} ${item}`));
  unique(
    'product id',
    products.map((p) => p.entityId),
  );
  unique(
    'category id',
    categories.map((c) => c.entityId),
  );
  unique(
    'brand id',
    brands.map((b) => b.entityId),
  );
  unique(
    'variant id',
    products.flatMap((p) => p.variants.map((v) => v.entityId)),
  );
  unique(
    'option id',
    products.flatMap((p) => p.options.map((o) => o.entityId)),
  );
  unique('option value id', products.flatMap(optionValueIdsOf));
  unique(
    'custom field id',
    products.flatMap((p) => p.customFields.map((f) => f.entityId)),
  );
  unique('image id', [
    ...products.flatMap((p) => p.images.map((i) => i.entityId)),
    ...categories.flatMap((c) => (c.image ? [c.image.entityId] : [])),
    ...brands.flatMap((b) => (b.image ? [b.image.entityId] : [])),
  ]);
  unique(
    'product SKU',
    products.map((p) => p.sku),
  );
  // A product's base variant shares its product's SKU; any other repeat would make `product(sku)` ambiguous.
  unique(
    'variant SKU',
    products.flatMap((p) => p.variants.map((v) => v.sku)),
  );
  // A barcode names one item: a base variant carries its product's, so variants alone are counted.
  for (const key of ['gtin', 'upc'] as const) {
    unique(
      key.toUpperCase(),
      products.flatMap((p) => p.variants.flatMap((v) => v[key] ?? [])),
    );
  }
  const productSkus = new Map(products.map((p) => [p.sku, p.entityId]));
  for (const product of products) {
    for (const variant of product.variants) {
      const owner = productSkus.get(variant.sku);
      if (owner !== undefined && owner !== product.entityId)
        problems.push(`variant SKU ${variant.sku} is a product SKU`);
    }
  }
  unique(
    'route path',
    [...products, ...categories, ...brands].map((entity) => entity.path),
  );

  const categoryIds = new Set(categories.map((c) => c.entityId));
  const brandIds = new Set(brands.map((b) => b.entityId));
  const productIds = new Set(products.map((p) => p.entityId));
  const categoryPaths = new Map(categories.map((c) => [c.entityId, c.path]));
  for (const category of categories) {
    if (!PATH_PATTERN.test(category.path)) problems.push(`malformed category path ${category.path}`);
    if (category.parentId === null) {
      if (category.path.split('/').length !== 3)
        problems.push(`top-level category ${category.path} is nested`);
    } else if (!categoryIds.has(category.parentId)) {
      problems.push(`category ${category.entityId} has unknown parent ${category.parentId}`);
    } else if (!category.path.startsWith(categoryPaths.get(category.parentId) ?? '?')) {
      problems.push(`category ${category.path} is not under its parent's path`);
    }
  }
  for (const brand of brands) {
    if (!/^\/brands\/[a-z0-9-]+(\/|\.html)$/.test(brand.path))
      problems.push(`malformed brand path ${brand.path}`);
  }
  for (const product of products) {
    const id = product.entityId;
    if (!PRODUCT_PATH_PATTERN.test(product.path)) problems.push(`malformed product path ${product.path}`);
    if (product.categoryIds.length === 0) problems.push(`product ${id} has no category`);
    product.categoryIds.forEach(
      (c) => categoryIds.has(c) || problems.push(`product ${id}: unknown category ${c}`),
    );
    if (product.brandId !== null && !brandIds.has(product.brandId))
      problems.push(`product ${id}: unknown brand`);
    for (const related of product.relatedProductIds) {
      if (!productIds.has(related) || related === id)
        problems.push(`product ${id}: bad related id ${related}`);
    }
    const imageIds = new Set(product.images.map((image) => image.entityId));
    for (const variant of product.variants) {
      if (variant.imageId !== undefined && !imageIds.has(variant.imageId)) {
        problems.push(`variant ${variant.entityId}: image ${variant.imageId} is not its product's`);
      }
    }
  }
  return problems;
}

/** Every broken rule in a catalog, as readable sentences; an empty list means the catalog is sound. */
export function catalogViolations(store: StoreData): string[] {
  const problems = [...referenceViolations(store), ...store.products.flatMap(productViolations)];
  const defaults = store.currencies.filter((currency) => currency.code === store.settings.defaultCurrency);
  if (defaults.length !== 1 || defaults[0].exchangeRate !== 1 || !defaults[0].isTransactional) {
    problems.push('the default currency is missing, repeated, or not at rate 1');
  }
  duplicates(store.currencies.map((currency) => currency.code)).forEach((c) =>
    problems.push(`currency ${c} twice`),
  );
  return problems;
}
