/** Splitting a listing into pages at BigCommerce-style paths: `/kitchen/`, `/kitchen/page/2/`. */
import { listingFolder } from './site-paths';

/** Products per category or brand page. */
export const PAGE_SIZE = 24;

/** Where a listing page sits among its siblings; `prev`/`next` are paths, absent at the ends. */
export interface Pagination {
  current: number;
  total: number;
  /** Number of items across all pages. */
  itemCount: number;
  /** 1-based numbers of the first and last item on this page (0 and 0 when there are none). */
  from: number;
  to: number;
  prev?: string;
  next?: string;
}

/** One page of a listing. */
export interface ListingPage<T> {
  path: string;
  items: T[];
  pagination: Pagination;
}

/** The path of page `page` of a listing at `basePath` (page 1 is the listing itself; `/b.html` pages at `/b/page/2/`). */
export function pagePath(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${listingFolder(basePath)}page/${page}/`;
}

/** Splits `items` into pages; an empty listing still has its first page, for the empty state. */
export function paginate<T>(
  items: readonly T[],
  basePath: string,
  size: number = PAGE_SIZE,
): ListingPage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => {
    const current = index + 1;
    const pageItems = items.slice(index * size, current * size);
    return {
      path: pagePath(basePath, current),
      items: pageItems,
      pagination: {
        current,
        total,
        itemCount: items.length,
        from: pageItems.length ? index * size + 1 : 0,
        to: index * size + pageItems.length,
        prev: current > 1 ? pagePath(basePath, current - 1) : undefined,
        next: current < total ? pagePath(basePath, current + 1) : undefined,
      },
    };
  });
}

/** Page numbers to link: the first, the last, and the current one with its neighbours. */
export function pageWindow(current: number, total: number, radius = 1): number[] {
  return Array.from({ length: total }, (_, i) => i + 1).filter(
    (n) => n === 1 || n === total || Math.abs(n - current) <= radius,
  );
}
