/** The API category tree → flat domain categories with parent, depth and children. */
import type { ApiCategoryTreeItem, ApiSeo } from '../api-types';
import { sanitiseHtml } from '../sanitise';
import { categorySchema, type Category } from '../schema';
import { recordSubject } from '../subject';
import { normaliseImage } from './image';
import { merchantSeo } from './seo';
import { validated } from './validate';

/** Flattens the tree depth-first in the tree's order; `seoById` holds each category's SEO fields. */
export function normaliseCategoryTree(
  roots: readonly ApiCategoryTreeItem[],
  seoById: ReadonlyMap<number, ApiSeo>,
): Category[] {
  const categories: Category[] = [];
  const visit = (item: ApiCategoryTreeItem, parentId: number | null, depth: number) => {
    const subject = recordSubject('category', item.entityId, item.name);
    const children = item.children ?? [];
    const descriptionHtml = sanitiseHtml(item.description);
    const image = normaliseImage(item.image, item.name);
    const category: Category = {
      id: item.entityId,
      parentId,
      name: item.name,
      path: item.path,
      descriptionHtml,
      depth,
      childIds: children.map((child) => child.entityId),
      ...(image ? { image } : {}),
      seo: merchantSeo(seoById.get(item.entityId), item.name),
    };
    categories.push(validated(categorySchema, category, subject));
    for (const child of children) visit(child, item.entityId, depth + 1);
  };
  for (const root of roots) visit(root, null, 1);
  return categories;
}
