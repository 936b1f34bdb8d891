/**
 * Which Pagefind bundles the browser searches: the one seam to change when the index is split. The first
 * is loaded, the rest are merged into it with `mergeIndex`. Pure.
 */
import { SEARCH_BUNDLE_PATH } from './contract';

/** The bundles' paths, each ending in `/`, the primary first. */
export function searchBundlePaths(): readonly string[] {
  return [SEARCH_BUNDLE_PATH];
}
