/** Field resolvers for categories (tree items and nodes) and brands. */
import type { CategoryRecord } from '../data/types';
import { paginate, type PageArgs } from './connections';
import { encodeNodeId, type ApiContext, type BrandView, type CategoryView } from './context';
import { imageView } from './images';
import { productConnection, sortedProducts, type ProductListArgs, type ProductSort } from './product-lists';

const seoOf = (
  record: { name: string; seo: { pageTitle: string; metaDescription: string } },
  keywords = '',
) => ({
  pageTitle: record.seo.pageTitle || record.name,
  metaDescription: record.seo.metaDescription,
  metaKeywords: keywords,
});

const categoryImage = (ctx: ApiContext, category: CategoryRecord) =>
  category.image ? imageView(ctx.origin, 'categories', category.entityId, category.image) : null;

/** `CategoryTreeItem` resolvers; the source is the category record. */
export const categoryTreeItemResolvers = {
  entityId: (c: CategoryRecord) => c.entityId,
  name: (c: CategoryRecord) => c.name,
  path: (c: CategoryRecord) => c.path,
  description: (c: CategoryRecord) => c.description,
  productCount: (c: CategoryRecord, _args: unknown, ctx: ApiContext) =>
    ctx.catalog.productsByCategory.get(c.entityId)?.length ?? 0,
  image: (c: CategoryRecord, _args: unknown, ctx: ApiContext) => categoryImage(ctx, c),
  hasChildren: (c: CategoryRecord, _args: unknown, ctx: ApiContext) =>
    (ctx.catalog.childCategories.get(c.entityId)?.length ?? 0) > 0,
  children: (c: CategoryRecord, _args: unknown, ctx: ApiContext) =>
    ctx.catalog.childCategories.get(c.entityId) ?? [],
};

/** `Site.categoryTree`: the top level, or the category `rootEntityId` alone (with its subtree below it). */
export function categoryTree(ctx: ApiContext, rootEntityId?: number | null): CategoryRecord[] {
  if (rootEntityId === null || rootEntityId === undefined) return ctx.catalog.childCategories.get(null) ?? [];
  const root = ctx.catalog.categoryById.get(rootEntityId);
  return root ? [root] : [];
}

/** `Category` resolvers; the source is a `CategoryView`. */
export const categoryResolvers = {
  id: (c: CategoryView) => encodeNodeId('Category', c.record.entityId),
  entityId: (c: CategoryView) => c.record.entityId,
  name: (c: CategoryView) => c.record.name,
  path: (c: CategoryView) => c.record.path,
  description: (c: CategoryView) => c.record.description,
  defaultImage: (c: CategoryView, _args: unknown, ctx: ApiContext) => categoryImage(ctx, c.record),
  breadcrumbs: (c: CategoryView, args: PageArgs & { depth: number }, ctx: ApiContext) => {
    const lineage = ctx.catalog.categoryLineage(c.record).slice(0, Math.max(0, args.depth));
    return paginate(lineage, args, {
      map: (category) => ({ entityId: category.entityId, name: category.name, path: category.path }),
    });
  },
  products: (c: CategoryView, args: ProductListArgs & { sortBy?: ProductSort | null }, ctx: ApiContext) => {
    const sort = args.sortBy ?? 'DEFAULT';
    const list = ctx.catalog.productsByCategory.get(c.record.entityId) ?? [];
    const key = `category:${c.record.entityId}`;
    return productConnection(ctx, `${key}:${sort}`, sortedProducts(ctx.catalog, key, list, sort), args);
  },
  seo: (c: CategoryView) => seoOf(c.record),
  defaultProductSort: () => 'DEFAULT',
};

/** `Brand` resolvers; the source is a `BrandView`. */
export const brandResolvers = {
  id: (b: BrandView) => encodeNodeId('Brand', b.record.entityId),
  entityId: (b: BrandView) => b.record.entityId,
  name: (b: BrandView) => b.record.name,
  path: (b: BrandView) => b.record.path,
  defaultImage: (b: BrandView, _args: unknown, ctx: ApiContext) =>
    b.record.image ? imageView(ctx.origin, 'brands', b.record.entityId, b.record.image) : null,
  seo: (b: BrandView) => seoOf(b.record, b.record.searchKeywords.join(', ')),
  searchKeywords: (b: BrandView) => b.record.searchKeywords,
  products: (b: BrandView, args: ProductListArgs, ctx: ApiContext) =>
    productConnection(
      ctx,
      `brand:${b.record.entityId}`,
      ctx.catalog.productsByBrand.get(b.record.entityId) ?? [],
      args,
    ),
};
