/**
 * Which export a build runs (pure): the whole catalog, or only the products the build-hook body names,
 * merged into the last build's catalog. Any doubt about the body or the cached catalog means a full export.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ParsedRebuildRequest, RebuildRequest } from '../webhooks/rebuild-request';
import { brandSchema, categorySchema, productSchema, settingsSchema } from './schema';

/** Bump when the export's output changes without its schema changing, so cached catalogs are not reused. */
export const CATALOG_CACHE_VERSION = 1;

/** What a cached catalog must match to be reused: format, store, channel and the schema it was written in. */
export interface CatalogCacheIdentity {
  version: number;
  endpoint: string;
  channelId: number;
  schema: string;
}

const schemaDigest = createHash('sha256')
  .update(
    JSON.stringify(
      [productSchema, categorySchema, brandSchema, settingsSchema].map((s) => z.toJSONSchema(s)),
    ),
  )
  .digest('base64url')
  .slice(0, 16);

/** The identity this build's catalog is exported and cached under. */
export function cacheIdentity(store: { endpoint: string; channelId: number }): CatalogCacheIdentity {
  return {
    version: CATALOG_CACHE_VERSION,
    endpoint: store.endpoint,
    channelId: store.channelId,
    schema: schemaDigest,
  };
}

/** Why a cached catalog, recorded as `stored`, cannot be reused by a build of `current`; undefined when it can. */
export function cacheProblem(stored: string | undefined, current: CatalogCacheIdentity): string | undefined {
  if (stored === undefined) return 'no catalog is cached from a previous build';
  let previous: Partial<CatalogCacheIdentity>;
  try {
    previous = JSON.parse(stored) as Partial<CatalogCacheIdentity>;
  } catch {
    return 'the cached catalog’s identity is unreadable';
  }
  if (previous.version !== current.version)
    return `the cached catalog is format ${previous.version}, this build writes ${current.version}`;
  if (previous.endpoint !== current.endpoint)
    return `the cached catalog is from ${previous.endpoint}, this build reads ${current.endpoint}`;
  if (previous.channelId !== current.channelId)
    return `the cached catalog is of channel ${previous.channelId}, this build reads channel ${current.channelId}`;
  if (previous.schema !== current.schema) return 'the cached catalog was written in another schema version';
  return undefined;
}

/** The body's summary for the build log: why, what changed, from how many deliveries. */
export function describeRebuildRequest(request: RebuildRequest): string {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const changed = request.full
    ? 'the whole catalog'
    : [
        count(request.products.length, 'product'),
        count(request.categories.length, 'category').replace(/ys$/, 'ies'),
        count(request.skus.length, 'SKU'),
      ].join(', ');
  const scopes = request.scopes.length ? request.scopes.join(', ') : 'no scopes';
  const deliveries = count(request.deliveries, 'delivery').replace(/ys$/, 'ies');
  const counted = request.full ? '' : `, changes counted from send ${request.since}`;
  return `${request.reason}: ${changed} (${scopes}; ${deliveries}; send ${request.sequence}${counted})`;
}

/**
 * Why a catalog cached as holding every change up to build-hook send `cached` may miss one the body
 * does not name; undefined when it misses none. The body names every change sent since send
 * `request.since`, so the cache must be from that send or a later one. A catalog that records no send
 * (a cold build, or one from before sends were numbered) may miss changes nobody names.
 */
export function windowProblem(cached: number | undefined, request: RebuildRequest): string | undefined {
  if (cached === undefined)
    return 'the cached catalog records no build-hook send, so which changes it holds is unknown';
  if (cached < request.since)
    return `the cached catalog holds the changes up to send ${cached}, and the body names only those from send ${request.since} on`;
  return undefined;
}

/**
 * The build-hook send a catalog just exported holds every change up to: the one whose body it was
 * exported for; for a full export without a usable body, the cached catalog's, since a full export is
 * newer than that catalog (when it is of this identity); else none.
 */
export function heldSequence(
  bodySequence: number | undefined,
  previous: { identity: string | undefined; sequence: number | undefined },
  identity: CatalogCacheIdentity,
): number | undefined {
  if (bodySequence !== undefined) return bodySequence;
  return cacheProblem(previous.identity, identity) === undefined ? previous.sequence : undefined;
}

/** The export a build runs, and why, for the build log. */
export type ExportPlan =
  { kind: 'full'; why: string } | { kind: 'changes'; request: RebuildRequest; why: string };

/** Plans from the parsed body alone; the cache is checked later, and only when the plan is `changes`. */
export function planExport(parsed: ParsedRebuildRequest): ExportPlan {
  if (!parsed.ok) return { kind: 'full', why: parsed.reason };
  const { request } = parsed;
  if (request.full)
    return { kind: 'full', why: `the build-hook body asks for the whole catalog (${request.reason})` };
  return {
    kind: 'changes',
    request,
    why: `the build-hook body names ${request.products.length} product(s) and ${request.categories.length} category(ies)`,
  };
}
