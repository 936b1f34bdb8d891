/**
 * The index's bundle manifest (`BUNDLE_MANIFEST_PATH`): which Pagefind bundles the browser searches as
 * one. The build writes it and the browser reads it. Pure.
 */
import { SEARCH_BUNDLE_PATH } from './contract';
import { bundlePath } from './index-layout';

/** The manifest as written: the bundles' paths, each ending in `/`, the first at the index's path. */
export interface BundleManifest {
  bundles: string[];
}

/** The manifest of an index of `count` bundles. */
export function bundleManifest(count: number): BundleManifest {
  return { bundles: Array.from({ length: count }, (_, index) => bundlePath(index)) };
}

const isBundlePath = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.startsWith(SEARCH_BUNDLE_PATH) &&
  value.endsWith('/') &&
  !value.includes('..');

/** The bundles a manifest names, the first at the index's path; anything else is refused. */
export function searchBundlePaths(manifest: unknown): readonly string[] {
  const bundles = (manifest as Partial<BundleManifest> | null)?.bundles;
  if (!Array.isArray(bundles) || bundles[0] !== SEARCH_BUNDLE_PATH || !bundles.every(isBundlePath)) {
    throw new Error(`The search index's manifest does not list its bundles: ${JSON.stringify(manifest)}`);
  }
  return bundles;
}
