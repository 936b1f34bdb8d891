/** Pages through the rest of a product's lists once its first pages say there is more. */
import type { BigCommerceClient } from '../../bigcommerce/client';
import type { ProductListPage, ProductListVariables } from '../../bigcommerce/catalog-fields';
import type { GraphQLDocument, VariablesArgument } from '../../bigcommerce/graphql';
import { GetProductCategoriesQuery } from '../../bigcommerce/queries/GetProductCategoriesQuery';
import { GetProductCustomFieldsQuery } from '../../bigcommerce/queries/GetProductCustomFieldsQuery';
import { GetProductImagesQuery } from '../../bigcommerce/queries/GetProductImagesQuery';
import { GetProductOptionValuesQuery } from '../../bigcommerce/queries/GetProductOptionValuesQuery';
import { GetProductOptionsQuery } from '../../bigcommerce/queries/GetProductOptionsQuery';
import { GetRelatedProductsQuery } from '../../bigcommerce/queries/GetRelatedProductsQuery';
import {
  nodesOf,
  type ApiConnection,
  type ApiOption,
  type ApiOptionValue,
  type ApiProductCard,
  type ApiProductDetails,
  type RawProduct,
} from '../api-types';
import { BadCatalogDataError } from '../errors';

/** A product with every list but its variants complete. */
export type ProductWithoutVariants = Omit<RawProduct, 'variants'>;

/** Every edge of a connection: the first page given, then follow-up pages until the last. */
async function restEdges<T>(
  first: ApiConnection<T>,
  next: (after: string) => Promise<ApiConnection<T> | null>,
  what: string,
): Promise<{ node: T; cursor?: string }[]> {
  const edges = [...(first.edges ?? [])];
  let page = first;
  while (page.pageInfo.hasNextPage) {
    if (!page.pageInfo.endCursor) {
      throw new BadCatalogDataError(what, 'pageInfo.endCursor', 'missing on a page with more');
    }
    const following = await next(page.pageInfo.endCursor);
    if (!following) throw new BadCatalogDataError(what, '', 'disappeared while it was being exported');
    edges.push(...(following.edges ?? []));
    page = following;
  }
  return edges;
}

/** Every node of a connection, paging past the first page given. */
export async function rest<T>(
  first: ApiConnection<T>,
  next: (after: string) => Promise<ApiConnection<T> | null>,
  what: string,
): Promise<T[]> {
  return (await restEdges(first, next, what)).map((edge) => edge.node);
}

/** Follow-up pages of one product list, by the list's field name, its query and any other variables. */
export function pager<K extends string, T, V extends ProductListVariables>(
  client: BigCommerceClient,
  entityId: number,
  key: K,
  query: GraphQLDocument<ProductListPage<K, T>, V>,
  ...[variables]: VariablesArgument<Omit<V, keyof ProductListVariables>>
) {
  return async (after: string) => {
    // `V` is `ProductListVariables` plus the query's own, which `variables` holds.
    const reply = await client.request(query, { ...variables, entityId, after } as V);
    return reply.site.product?.[key] ?? null;
  };
}

/** The option's values, paging past the first page; `optionCursor` addresses the option (see the query). */
async function allValues(
  client: BigCommerceClient,
  entityId: number,
  option: ApiOption,
  optionCursor: string | null,
  what: string,
): Promise<ApiOption> {
  if (!option.values?.pageInfo.hasNextPage) return option;
  const values = await rest<ApiOptionValue>(
    option.values,
    async (after) => {
      const reply = await client.request(GetProductOptionValuesQuery, {
        entityId,
        optionCursor,
        after,
      });
      const found = nodesOf(reply.site.product?.productOptions)[0];
      if (found && found.entityId !== option.entityId) {
        throw new BadCatalogDataError(
          what,
          `productOptions.${option.entityId}`,
          'the options changed while paging',
        );
      }
      return found?.values ?? null;
    },
    what,
  );
  return {
    ...option,
    values: { pageInfo: { hasNextPage: false, endCursor: null }, edges: values.map((node) => ({ node })) },
  };
}

/** Every option with all its values. */
async function allOptions(
  client: BigCommerceClient,
  entityId: number,
  first: ApiConnection<ApiOption>,
  what: string,
): Promise<ApiOption[]> {
  const next = pager(client, entityId, 'productOptions', GetProductOptionsQuery);
  const edges = await restEdges(first, next, what);
  const options: ApiOption[] = [];
  for (const [i, edge] of edges.entries()) {
    const optionCursor = i === 0 ? null : (edges[i - 1].cursor ?? null);
    options.push(await allValues(client, entityId, edge.node, optionCursor, what));
  }
  return options;
}

/** The product with every list but variants complete: options, images, categories, fields, related. */
export async function completeProduct(
  client: BigCommerceClient,
  card: ApiProductCard,
  details: ApiProductDetails,
): Promise<ProductWithoutVariants> {
  const id = card.entityId;
  const what = productWhat(card);
  const { images, categories, customFields, relatedProducts, productOptions, ...scalars } = details;
  return {
    card,
    details: scalars,
    images: await rest(images, pager(client, id, 'images', GetProductImagesQuery), what),
    categoryIds: (
      await rest(categories, pager(client, id, 'categories', GetProductCategoriesQuery), what)
    ).map((category) => category.entityId),
    customFields: await rest(
      customFields,
      pager(client, id, 'customFields', GetProductCustomFieldsQuery),
      what,
    ),
    relatedIds: (
      await rest(relatedProducts, pager(client, id, 'relatedProducts', GetRelatedProductsQuery), what)
    ).map((product) => product.entityId),
    options: await allOptions(client, id, productOptions, what),
  };
}

/** How a product is named in export errors: `product 45 "Kitchen"`. */
export const productWhat = (card: ApiProductCard) => `product ${card.entityId} ${JSON.stringify(card.name)}`;
