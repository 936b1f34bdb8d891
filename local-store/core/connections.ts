/** Relay connections over in-memory lists, with BigCommerce's opaque `arrayconnection:N` cursors. */
import { GraphQLError } from 'graphql';

/** Page size when a query gives neither `first` nor `last`. */
export const DEFAULT_PAGE_SIZE = 10;

/** The page-size cap BigCommerce enforces on product and brand lists. */
export const PRODUCT_PAGE_LIMIT = 50;

/** Standard Relay paging arguments. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A resolved connection, shaped like the schema's `*Connection` types. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  collectionInfo: { totalItems: number };
}

/** The cursor for the item at `index` in its list. */
export function encodeCursor(index: number): string {
  return Buffer.from(`arrayconnection:${index}`).toString('base64');
}

/** The list index a cursor points at; a GraphQL error for anything that is not one of ours. */
export function decodeCursor(cursor: string): number {
  const match = /^arrayconnection:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) throw new GraphQLError(`Invalid cursor: "${cursor}"`);
  return Number(match[1]);
}

function checkCount(name: 'first' | 'last', value: number | null | undefined, limit?: number) {
  if (value === null || value === undefined) return;
  if (value < 0) throw new GraphQLError(`Argument '${name}' must be a non-negative integer`);
  if (limit !== undefined && value > limit)
    throw new GraphQLError(`Argument '${name}' cannot exceed ${limit}`);
}

/** Throws BigCommerce's error when `first`/`last` exceed `limit`; call before any costly work. */
export function checkPageArgs(args: PageArgs, limit?: number): void {
  checkCount('first', args.first, limit);
  checkCount('last', args.last, limit);
}

/** The half-open index window `[start, end)` that the paging arguments select from `total` items. */
export function pageWindow(total: number, args: PageArgs, limit?: number): { start: number; end: number } {
  checkPageArgs(args, limit);
  let start = 0;
  let end = total;
  if (args.after) start = Math.max(start, decodeCursor(args.after) + 1);
  if (args.before) end = Math.min(end, decodeCursor(args.before));
  const first = args.first ?? (args.last === null || args.last === undefined ? DEFAULT_PAGE_SIZE : undefined);
  if (first !== undefined) end = Math.min(end, start + first);
  if (args.last !== null && args.last !== undefined) start = Math.max(start, end - args.last);
  start = Math.min(start, total);
  return { start, end: Math.max(start, Math.min(end, total)) };
}

/** One page of `items` as a connection; `map` turns each item into its GraphQL node. */
export function paginate<T, N = T>(
  items: readonly T[],
  args: PageArgs,
  options: { limit?: number; map?: (item: T, index: number) => N } = {},
): Connection<N> {
  const { start, end } = pageWindow(items.length, args, options.limit);
  const edges: Connection<N>['edges'] = [];
  for (let index = start; index < end; index++) {
    const item = items[index];
    edges.push({
      cursor: encodeCursor(index),
      node: options.map ? options.map(item, index) : (item as unknown as N),
    });
  }
  return {
    edges,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
    collectionInfo: { totalItems: items.length },
  };
}
