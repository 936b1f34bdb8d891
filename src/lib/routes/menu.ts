/** The header menu: the category tree, two levels deep. */
import type { CatalogIndex } from './catalog-index';
import { childCategories, rootCategories } from './catalog-index';

/** A menu entry; `children` is empty on the second level. */
export interface MenuItem {
  id: number;
  name: string;
  path: string;
  children: MenuItem[];
}

/** Top-level categories with their subcategories, in the tree's order. */
export function buildMenu(index: CatalogIndex): MenuItem[] {
  return rootCategories(index).map((root) => ({
    id: root.id,
    name: root.name,
    path: root.path,
    children: childCategories(root, index).map(({ id, name, path }) => ({ id, name, path, children: [] })),
  }));
}
