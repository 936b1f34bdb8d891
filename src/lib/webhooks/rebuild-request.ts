/**
 * The build-hook body: what the webhook endpoint tells a Netlify build about the catalog changes it
 * coalesced. Netlify hands it to the build as `INCOMING_HOOK_BODY`; the endpoint writes it and the
 * build reads it, both through this module.
 */
import { z } from 'zod';

/** The body's format version; a build ignores (and fully exports on) any other. */
export const REBUILD_REQUEST_VERSION = 2;

const ids = z.array(z.number().int().positive());
const sequenceNumber = z.number().int().positive();

/** The schema of a build-hook body. */
export const rebuildRequestSchema = z
  .object({
    version: z.literal(REBUILD_REQUEST_VERSION),
    /** This send's number: every send numbers above the ones before it (`nextSequence` in rebuild-state.ts). */
    sequence: sequenceNumber,
    /**
     * The send the named changes are counted from: the lists repeat every change sent since then, so a
     * build whose cached catalog came from send `since` or a later one misses none. It is the endpoint's
     * last full send that went out, or else its first send; a full body gives its own `sequence`.
     */
    since: sequenceNumber,
    /** Why the build was asked for, for the build log: `webhook`, `safety-net`, … */
    reason: z.string().min(1),
    /**
     * True when the changes cannot be named entity by entity (price lists, channel settings, store
     * information, the daily safety net): the build must export the whole catalog.
     */
    full: z.boolean(),
    /** The webhook scopes that contributed, deduplicated, e.g. `store/product/updated`. */
    scopes: z.array(z.string()),
    /** Product ids created, updated, deleted, assigned or unassigned, or owning a changed SKU. */
    products: ids,
    /** Category ids created, updated or deleted. */
    categories: ids,
    /** Variant (SKU) ids created, updated or deleted. */
    skus: ids,
    /** How many deliveries were coalesced into this request. */
    deliveries: z.number().int().nonnegative(),
  })
  .refine((request) => request.since <= request.sequence, {
    path: ['since'],
    message: 'the changes cannot be counted from a later send than this one',
  });

/** What changed since the window's start (`since`), as the webhook endpoint saw it. */
export type RebuildRequest = z.infer<typeof rebuildRequestSchema>;

/** Why a body could not be used, or the request it holds. */
export type ParsedRebuildRequest = { ok: true; request: RebuildRequest } | { ok: false; reason: string };

/** Reads `INCOMING_HOOK_BODY`; anything absent, malformed or of another version is `ok: false` with why. */
export function parseRebuildRequest(body: string | undefined): ParsedRebuildRequest {
  if (!body?.trim()) return { ok: false, reason: 'no build-hook body' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'the build-hook body is not JSON' };
  }
  const parsed = rebuildRequestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `the build-hook body is not a rebuild request (${issue?.path.join('.') || 'body'}: ${issue?.message})`,
    };
  }
  return { ok: true, request: parsed.data };
}
