/** The whole category tree, however deep, with each category's SEO fields. */
import type { BigCommerceClient } from '../../bigcommerce/client';
import { CATEGORY_TREE_LEVELS } from '../../bigcommerce/fragments/CategoryTreeFragment';
import { GetCategoryQuery } from '../../bigcommerce/queries/GetCategoryQuery';
import { GetCategoryTreeQuery } from '../../bigcommerce/queries/GetCategoryTreeQuery';
import type { ApiCategoryTreeItem, ApiSeo } from '../api-types';
import { BadCatalogDataError } from '../errors';
import type { Pool } from '../pool';

/** Categories at the deepest level a tree request returns that still have children to fetch. */
function cutOff(items: ApiCategoryTreeItem[], level = 1): ApiCategoryTreeItem[] {
  return items.flatMap((item) => {
    if (level === CATEGORY_TREE_LEVELS) return item.hasChildren ? [item] : [];
    return cutOff(item.children ?? [], level + 1);
  });
}

/** The children under `root`, whether the store answers with the root itself or with its children. */
async function branch(client: BigCommerceClient, root: ApiCategoryTreeItem): Promise<ApiCategoryTreeItem[]> {
  const reply = await client.request(GetCategoryTreeQuery, { rootEntityId: root.entityId });
  const items = reply.site.categoryTree;
  return items.length === 1 && items[0].entityId === root.entityId ? (items[0].children ?? []) : items;
}

/** Fills in the branches cut off at the request's depth, one request per branch (and again if deeper). */
async function deepen(
  client: BigCommerceClient,
  items: ApiCategoryTreeItem[],
  pool: Pool,
  depth = 0,
): Promise<void> {
  if (depth > 16) throw new BadCatalogDataError('category tree', 'children', 'is deeper than 128 levels');
  const cut = cutOff(items);
  await Promise.all(
    cut.map(async (item) => {
      item.children = await pool.run(() => branch(client, item));
      await deepen(client, item.children, pool, depth + 1);
    }),
  );
}

/** The full category tree plus SEO fields by category id (which tree items do not carry). */
export async function fetchCategories(
  client: BigCommerceClient,
  pool: Pool,
): Promise<{ tree: ApiCategoryTreeItem[]; seoById: Map<number, ApiSeo> }> {
  const tree = (await pool.run(() => client.request(GetCategoryTreeQuery, {}))).site.categoryTree;
  await deepen(client, tree, pool);

  const ids: number[] = [];
  const collect = (items: ApiCategoryTreeItem[]) =>
    items.forEach((item) => {
      ids.push(item.entityId);
      collect(item.children ?? []);
    });
  collect(tree);

  const seoById = new Map<number, ApiSeo>();
  await Promise.all(
    ids.map((entityId) =>
      pool.run(async () => {
        const reply = await client.request(GetCategoryQuery, { entityId });
        if (reply.site.category) seoById.set(entityId, reply.site.category.seo);
      }),
    ),
  );
  return { tree, seoById };
}
