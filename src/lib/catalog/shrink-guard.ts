/**
 * The shrink guard's rule (pure): a build may not publish a catalog that lost more than
 * `CATALOG_SHRINK_LIMIT` percent of the products, categories or brands of the last successful build,
 * unless `ALLOW_CATALOG_SHRINK=1`. Loss is counted by id, so a token for another store of the same
 * size (every id different) is caught as surely as a channel that lost most of its products.
 */
import { ConfigError, envFlag, envValue, type Env } from '../config';

/** The kinds of entity the manifest counts. */
export const MANIFEST_KINDS = ['products', 'categories', 'brands'] as const;

/** One of `MANIFEST_KINDS`. */
export type ManifestKind = (typeof MANIFEST_KINDS)[number];

/** What a successful build published: the ids of each kind, sorted. */
export interface CatalogManifest {
  version: 1;
  /** The store it came from, named in the guard's message. */
  source: string;
  products: number[];
  categories: number[];
  brands: number[];
}

/** The default `CATALOG_SHRINK_LIMIT`, in percent. */
export const DEFAULT_SHRINK_LIMIT_PERCENT = 50;

/** The manifest of a catalog's entities (anything with numeric ids). */
export function manifestOf(
  catalog: Record<ManifestKind, readonly { id: number }[]>,
  source: string,
): CatalogManifest {
  const ids = (kind: ManifestKind) => catalog[kind].map((item) => item.id).sort((a, b) => a - b);
  return {
    version: 1,
    source,
    products: ids('products'),
    categories: ids('categories'),
    brands: ids('brands'),
  };
}

/** Parses `CATALOG_SHRINK_LIMIT`: a percentage above 0 and at most 100 (`50` or `50%`), default 50. */
export function shrinkLimitFrom(env: Env): number {
  const raw = envValue(env.CATALOG_SHRINK_LIMIT);
  if (!raw) return DEFAULT_SHRINK_LIMIT_PERCENT;
  const percent = Number(raw.replace(/%$/, ''));
  if (!/^\d+(\.\d+)?%?$/.test(raw) || !(percent > 0) || percent > 100) {
    throw new ConfigError(
      'CATALOG_SHRINK_LIMIT',
      `must be a percentage above 0 and at most 100, e.g. 50, got "${raw}"`,
    );
  }
  return percent;
}

/** True when `ALLOW_CATALOG_SHRINK` lets a shrunken catalog through. */
export const shrinkAllowedBy = (env: Env) => envFlag(env.ALLOW_CATALOG_SHRINK);

/** What the guard decided, with a line per kind that lost entities. */
export type ShrinkVerdict = { ok: true; notes: string[] } | { ok: false; message: string };

/** How many of `before`'s ids are missing from `after`. */
function lost(before: readonly number[], after: readonly number[]): number {
  const now = new Set(after);
  return before.reduce((count, id) => count + (now.has(id) ? 0 : 1), 0);
}

/** Judges `current` against the last successful build's manifest (none: the first build passes). */
export function judgeShrink(
  previous: CatalogManifest | undefined,
  current: CatalogManifest,
  limitPercent: number,
  allowed: boolean,
): ShrinkVerdict {
  if (!previous) return { ok: true, notes: [] };
  const findings = MANIFEST_KINDS.map((kind) => {
    const gone = lost(previous[kind], current[kind]);
    const percent = previous[kind].length ? (gone / previous[kind].length) * 100 : 0;
    const text =
      `${kind}: ${previous[kind].length} in the last successful build, ${current[kind].length} now, ` +
      `${gone} of those gone (${Math.round(percent)}%)`;
    return { kind, gone, percent, text };
  });
  const over = findings.filter((finding) => finding.percent > limitPercent);
  const notes = findings.filter((finding) => finding.gone > 0).map((finding) => finding.text);
  if (!over.length) return { ok: true, notes };
  if (allowed)
    return {
      ok: true,
      notes: [...notes, 'ALLOW_CATALOG_SHRINK is set, so the smaller catalog is published'],
    };
  const from =
    previous.source === current.source ? current.source : `${previous.source}, now ${current.source}`;
  return {
    ok: false,
    message:
      `The catalog shrank by more than CATALOG_SHRINK_LIMIT (${limitPercent}%) since the last successful build ` +
      `(store ${from}): ${over.map((finding) => finding.text).join('; ')}. The build refuses to publish it, ` +
      'since a misconfigured channel or a token for another store would otherwise wipe the shop. ' +
      'If the shrink is intended, build once with ALLOW_CATALOG_SHRINK=1 (or raise CATALOG_SHRINK_LIMIT).',
  };
}
