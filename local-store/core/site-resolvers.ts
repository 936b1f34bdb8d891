/** `Query`, `Site` and the store-wide objects: settings, currencies, routes, nodes and product lookup. */
import type { CurrencyRecord } from '../data/types';
import { cartView } from './cart-resolvers';
import { checkPageArgs, paginate, PRODUCT_PAGE_LIMIT, type PageArgs } from './connections';
import { brandView, categoryView, decodeNodeId, productView, type ApiContext } from './context';
import { variantForValues } from './option-views';
import { bestSelling, productConnection, type ProductListArgs } from './product-lists';
import { categoryTree } from './taxonomy-resolvers';

type OptionValueIdInput = { optionEntityId: number; valueEntityId: number };

function currencyView(ctx: ApiContext, currency: CurrencyRecord) {
  return {
    entityId: ctx.catalog.data.currencies.indexOf(currency) + 1,
    code: currency.code,
    name: currency.name,
    flagImage: null,
    isActive: currency.isActive,
    exchangeRate: currency.exchangeRate,
    isTransactional: currency.isTransactional,
    display: currency.display,
  };
}

/** Resolves a global id to its node object, or `null`. */
export function nodeById(ctx: ApiContext, id: string) {
  const decoded = decodeNodeId(id);
  if (!decoded) return null;
  const entityId = Number(decoded.entityId);
  const { catalog } = ctx;
  switch (decoded.typeName) {
    case 'Product': {
      const product = catalog.productById.get(entityId);
      return product ? productView(product) : null;
    }
    case 'Variant': {
      const ref = catalog.variantById(entityId);
      return ref ? { __typename: 'Variant' as const, ...ref } : null;
    }
    case 'Category': {
      const category = catalog.categoryById.get(entityId);
      return category ? categoryView(category) : null;
    }
    case 'Brand': {
      const brand = catalog.brandById.get(entityId);
      return brand ? brandView(brand) : null;
    }
    case 'Cart':
      return cartView(ctx.carts.get(decoded.entityId));
    default:
      return null;
  }
}

type ProductLookup = {
  id?: string | null;
  entityId?: number | null;
  variantEntityId?: number | null;
  optionValueIds?: OptionValueIdInput[];
  sku?: string | null;
  useDefaultOptionSelections?: boolean | null;
};

/** `Site.product`: by id, entity id, variant id or SKU, optionally narrowed to chosen option values. */
function findProduct(ctx: ApiContext, args: ProductLookup) {
  const { catalog } = ctx;
  let product =
    args.entityId === null || args.entityId === undefined
      ? undefined
      : catalog.productById.get(args.entityId);
  if (args.entityId !== null && args.entityId !== undefined && !product) return null;
  if (args.id) {
    const node = nodeById(ctx, args.id);
    if (!node || node.__typename !== 'Product' || (product && node.record !== product)) return null;
    product = node.record;
  }
  let variant = null;
  if (args.variantEntityId !== null && args.variantEntityId !== undefined) {
    const ref = catalog.variantById(args.variantEntityId);
    if (!ref || (product && ref.product !== product)) return null;
    ({ product, variant } = ref);
  }
  if (args.sku) {
    const bySku = catalog.variantBySku(args.sku);
    const owner = catalog.productBySku.get(args.sku) ?? bySku?.product;
    if (!owner || (product && owner !== product)) return null;
    product = owner;
    if (!catalog.productBySku.has(args.sku) && bySku) variant ??= bySku.variant;
  }
  if (!product || !catalog.productById.has(product.entityId)) return null;
  const selected = new Set((args.optionValueIds ?? []).map((pair) => pair.valueEntityId));
  if (variant) for (const id of variant.optionValueIds) selected.add(id);
  if (args.useDefaultOptionSelections) {
    for (const option of product.options) {
      if (option.kind !== 'MultipleChoice' || option.values.some((value) => selected.has(value.entityId)))
        continue;
      const fallback = option.values.find((value) => value.isDefault);
      if (fallback) selected.add(fallback.entityId);
    }
  }
  return productView(product, variant ?? variantForValues(product, selected), selected);
}

/** `Query` resolvers. */
export const queryResolvers = {
  site: () => ({}),
  channel: (_root: unknown, _args: unknown, ctx: ApiContext) => ({ entityId: ctx.channelId }),
  node: (_root: unknown, args: { id: string }, ctx: ApiContext) => nodeById(ctx, args.id),
};

/** `Site` resolvers. */
export const siteResolvers = {
  categoryTree: (_site: unknown, args: { rootEntityId?: number | null }, ctx: ApiContext) =>
    categoryTree(ctx, args.rootEntityId),
  category: (_site: unknown, args: { entityId: number }, ctx: ApiContext) => {
    const category = ctx.catalog.categoryById.get(args.entityId);
    return category ? categoryView(category) : null;
  },
  brands: (
    _site: unknown,
    args: PageArgs & { entityIds: number[]; productEntityIds: number[] },
    ctx: ApiContext,
  ) => {
    checkPageArgs(args, PRODUCT_PAGE_LIMIT);
    const { catalog } = ctx;
    const ids = new Set(args.entityIds);
    const productBrands = new Set(
      catalog.productsByIds(args.productEntityIds).map((product) => product.brandId),
    );
    const brands = catalog.brands.filter(
      (brand) =>
        (ids.size === 0 || ids.has(brand.entityId)) &&
        (args.productEntityIds.length === 0 || productBrands.has(brand.entityId)),
    );
    return paginate(brands, args, { limit: PRODUCT_PAGE_LIMIT, map: brandView });
  },
  brand: (_site: unknown, args: { entityId: number }, ctx: ApiContext) => {
    const brand = ctx.catalog.brandById.get(args.entityId);
    return brand ? brandView(brand) : null;
  },
  products: (
    _site: unknown,
    args: ProductListArgs & { ids: string[]; entityIds: number[] },
    ctx: ApiContext,
  ) => {
    checkPageArgs(args, PRODUCT_PAGE_LIMIT);
    if (args.ids.length === 0 && args.entityIds.length === 0) {
      return productConnection(ctx, 'all', ctx.catalog.products, args);
    }
    const fromIds = args.ids.flatMap((id) => {
      const decoded = decodeNodeId(id);
      return decoded?.typeName === 'Product' ? [Number(decoded.entityId)] : [];
    });
    return productConnection(ctx, null, ctx.catalog.productsByIds([...args.entityIds, ...fromIds]), args);
  },
  newestProducts: (_site: unknown, args: ProductListArgs, ctx: ApiContext) =>
    productConnection(ctx, 'newest', ctx.catalog.newest, args),
  bestSellingProducts: (_site: unknown, args: ProductListArgs, ctx: ApiContext) =>
    productConnection(ctx, 'best-selling', bestSelling(ctx.catalog), args),
  featuredProducts: (_site: unknown, args: ProductListArgs, ctx: ApiContext) =>
    productConnection(ctx, 'featured', ctx.catalog.featured, args),
  product: (_site: unknown, args: ProductLookup, ctx: ApiContext) => findProduct(ctx, args),
  route: (_site: unknown, args: { path: string }, ctx: ApiContext) => {
    const { catalog } = ctx;
    const bare = args.path.split(/[?#]/)[0];
    for (const path of new Set([bare, bare.endsWith('/') ? bare : `${bare}/`])) {
      const product = catalog.productByPath.get(path);
      if (product) return { node: productView(product), redirect: null };
      const category = catalog.categoryByPath.get(path);
      if (category) return { node: categoryView(category), redirect: null };
      const brand = catalog.brandByPath.get(path);
      if (brand) return { node: brandView(brand), redirect: null };
    }
    return { node: null, redirect: null };
  },
  settings: (_site: unknown, _args: unknown, ctx: ApiContext) => {
    const { storeName, storeHash } = ctx.catalog.data.settings;
    return {
      storeName,
      storeHash,
      status: 'LAUNCHED',
      logoV2: { __typename: 'StoreTextLogo', text: storeName },
      url: { vanityUrl: ctx.origin, cdnUrl: ctx.origin, checkoutUrl: `${ctx.origin}/checkout` },
      channelId: ctx.channelId,
    };
  },
  currency: (_site: unknown, args: { currencyCode: string }, ctx: ApiContext) => {
    const currency = ctx.catalog.currencyByCode.get(args.currencyCode);
    return currency?.isActive ? currencyView(ctx, currency) : null;
  },
  currencies: (_site: unknown, args: PageArgs, ctx: ApiContext) =>
    paginate(
      ctx.catalog.data.currencies.filter((currency) => currency.isActive),
      args,
      { map: (currency) => currencyView(ctx, currency) },
    ),
  cart: (_site: unknown, args: { entityId?: string | null }, ctx: ApiContext) =>
    cartView(ctx.carts.get(args.entityId)),
};
