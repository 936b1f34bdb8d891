/** Turns compact, hand-readable specs into the local store's catalog records, allocating every id. */
import { OptionMaker, type OptionIds } from './options';
import {
  ID_STARTS,
  VIEW_NAMES,
  identifiersOf,
  seoOf,
  slugify,
  spreadTimestamp,
  type BrandSpec,
  type CategorySpec,
  type IdKind,
  type ProductSpec,
} from './specs';
import type { BrandRecord, CategoryRecord, ImageRecord, ProductRecord } from './types';
import { totalStock, withVariants } from './variants';

export * from './specs';
export { withVariants, type VariantTweak } from './variants';

// The last segment of a path, `/a/b/` or `/products/b.html` alike: how specs name related products.
const slugOf = (path: string) =>
  path
    .replace(/\/$|\.html$/, '')
    .split('/')
    .at(-1);

/** Collects categories, brands and products, giving each entity kind its own id sequence. */
export class CatalogBuilder extends OptionMaker {
  readonly categories: CategoryRecord[] = [];
  readonly brands: BrandRecord[] = [];
  readonly products: ProductRecord[] = [];
  private readonly nextIds = { ...ID_STARTS };
  private readonly categoryIds = new Map<string, number>();
  private readonly brandIds = new Map<string, number>();
  private readonly paths = new Set<string>();
  private readonly skus = new Set<string>();
  private readonly pendingRelated = new Map<ProductRecord, string[]>();
  protected readonly optionIds: OptionIds = {
    option: () => this.take('option'),
    value: () => this.take('optionValue'),
  };

  /** The next id of a kind. */
  take(kind: IdKind): number {
    return this.nextIds[kind]++;
  }

  /** A picture record with a fresh id. */
  image(fileName: string, hue: number, altText: string, width = 1200, height = 1200): ImageRecord {
    return {
      entityId: this.take('image'),
      altText,
      isDefault: true,
      hue: hue % 360,
      width,
      height,
      fileName,
    };
  }

  /** Adds a category; its parent (the path minus its last segment) must already exist. */
  category(spec: CategorySpec): CategoryRecord {
    const parentPath = spec.path.replace(/[^/]+\/$/, '');
    const parentId = parentPath === '/' ? null : this.lookup(this.categoryIds, parentPath, 'category');
    const record: CategoryRecord = {
      entityId: this.take('category'),
      parentId,
      name: spec.name,
      path: this.claimPath(spec.path),
      description: spec.description,
      sortOrder: this.categories.filter((category) => category.parentId === parentId).length * 10,
      seo: seoOf(spec.seo),
    };
    if (spec.hue !== undefined) record.image = this.image(slugify(spec.name), spec.hue, spec.name, 1200, 900);
    this.categoryIds.set(spec.path, record.entityId);
    this.categories.push(record);
    return record;
  }

  /** Adds a brand, by default at `/brands/{slug}/`. */
  brand(spec: BrandSpec): BrandRecord {
    const record: BrandRecord = {
      entityId: this.take('brand'),
      name: spec.name,
      path: this.claimPath(spec.path ?? `/brands/${spec.slug}/`),
      seo: seoOf(spec.seo),
      searchKeywords: spec.keywords,
    };
    if (spec.hue !== undefined) record.image = this.image(spec.slug, spec.hue, `${spec.name} logo`, 800, 800);
    this.brandIds.set(spec.slug, record.entityId);
    this.brands.push(record);
    return record;
  }

  /** Adds a product with its images, options, one variant per option combination and custom fields. */
  product(spec: ProductSpec): ProductRecord {
    const path = this.claimPath(spec.path ?? `/${slugify(spec.name)}/`);
    if (this.skus.has(spec.sku)) throw new Error(`Duplicate SKU ${spec.sku}`);
    this.skus.add(spec.sku);
    const entityId = this.take('product');
    const fileName = path.split('/').at(-2) ?? String(entityId);
    const images = (spec.images ?? []).map((image, i) => {
      const { hue, alt, landscape } = typeof image === 'number' ? { hue: image } : image;
      const altText =
        alt ?? (i === 0 ? spec.name : `${spec.name}, ${VIEW_NAMES[(i - 1) % VIEW_NAMES.length]}`);
      const record = this.image(
        i ? `${fileName}-${i + 1}` : fileName,
        hue,
        altText,
        1200,
        landscape ? 900 : 1200,
      );
      record.isDefault = i === 0;
      return record;
    });
    const variantOptions = spec.variantOptions ?? [];
    const stock = spec.stock === undefined ? 18 : spec.stock;
    const variants = withVariants(variantOptions, {
      nextId: () => this.take('variant'),
      sku: spec.sku,
      stock,
      images,
      tweak: spec.variant,
    });
    const identifiers = identifiersOf(spec);
    // BigCommerce keeps a product's own identifiers on its base variant.
    if (!variantOptions.length) Object.assign(variants[0], identifiers);
    const [reviewCount, reviewAverage] = spec.reviews ?? [0, 0];
    const record: ProductRecord = {
      entityId,
      sku: spec.sku,
      ...identifiers,
      name: spec.name,
      path,
      description: spec.description,
      brandId: spec.brand === null ? null : this.lookup(this.brandIds, spec.brand, 'brand'),
      categoryIds: spec.categories.map((category) => this.lookup(this.categoryIds, category, 'category')),
      price: spec.price,
      images,
      options: [...variantOptions, ...(spec.modifiers ?? [])],
      variants,
      stock: variantOptions.length ? totalStock(variants) : stock,
      availability: spec.availability ?? 'Available',
      availabilityDescription: spec.availabilityDescription ?? 'Usually ships in 1–2 business days',
      customFields: Object.entries(spec.fields ?? {}).map(([name, value]) => ({
        entityId: this.take('customField'),
        name,
        value,
      })),
      seo: seoOf(spec.seo),
      reviewSummary: {
        numberOfReviews: reviewCount,
        summationOfRatings: Math.round(reviewCount * reviewAverage),
      },
      relatedProductIds: [],
      warranty: spec.warranty ?? '',
      createdAt: spec.createdAt ?? spreadTimestamp(this.products.length),
      isFeatured: spec.featured ?? false,
      isVisible: !spec.hidden,
    };
    const condition = spec.condition === undefined ? 'NEW' : spec.condition;
    if (condition) record.condition = condition;
    if (spec.salePrice !== undefined) record.salePrice = spec.salePrice;
    if (spec.retailPrice !== undefined) record.retailPrice = spec.retailPrice;
    if (spec.preorderReleaseDate !== undefined) record.preorderReleaseDate = spec.preorderReleaseDate;
    if (spec.minQuantity !== undefined) record.minPurchaseQuantity = spec.minQuantity;
    if (spec.maxQuantity !== undefined) record.maxPurchaseQuantity = spec.maxQuantity;
    if (spec.related?.length) this.pendingRelated.set(record, spec.related);
    this.products.push(record);
    return record;
  }

  /** Resolves every product's related slugs to product ids; call once all products are added. */
  resolveRelated(): void {
    const bySlug = new Map(this.products.map((product) => [slugOf(product.path), product.entityId]));
    for (const [product, slugs] of this.pendingRelated) {
      product.relatedProductIds = slugs.map((slug) => this.lookup(bySlug, slug, 'related product'));
    }
    this.pendingRelated.clear();
  }

  private claimPath(path: string): string {
    if (!/^\/([a-z0-9-]+\/)*([a-z0-9-]+\/|[a-z0-9-]+\.html)$/.test(path))
      throw new Error(`Malformed path ${path}`);
    if (this.paths.has(path)) throw new Error(`Duplicate path ${path}`);
    this.paths.add(path);
    return path;
  }

  private lookup<K>(ids: Map<K, number>, key: K, kind: string): number {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`Unknown ${kind} ${String(key)}`);
    return id;
  }
}
