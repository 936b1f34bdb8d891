/**
 * Netlify build plugin: keeps the storefront's build cache folder (Astro's data store, the
 * incremental-build manifest and its page copies, the catalog manifest) from one build to the next
 * with Netlify's build cache (`utils.cache`, @netlify/cache-utils). A build started with
 * `clear_cache=true` on its build hook, or "Clear cache and deploy", starts without it: a cold build.
 */

/** `DEFAULT_BUILD_CACHE_DIR` in src/lib/config.ts (a test keeps the two equal; a plugin cannot load TypeScript). */
export const DEFAULT_BUILD_CACHE_DIR = 'node_modules/.cache/storefront';

/** The folder to keep: `STOREFRONT_CACHE_DIR`, as `buildCacheDirFrom` in src/lib/config.ts reads it. */
export const buildCacheFolder = (env) => env.STOREFRONT_CACHE_DIR?.trim() || DEFAULT_BUILD_CACHE_DIR;

/** Before the build (after dependencies are installed, so installing cannot remove it): restore the folder. */
export async function onPreBuild({ utils, env = process.env, log = console.log }) {
  const folder = buildCacheFolder(env);
  const restored = await utils.cache.restore(folder);
  log(
    restored
      ? `storefront-cache: restored ${folder} from the last build`
      : `storefront-cache: nothing cached at ${folder}, so this is a cold build`,
  );
}

/** After a successful build only: save the folder for the next one. */
export async function onPostBuild({ utils, env = process.env, log = console.log }) {
  const folder = buildCacheFolder(env);
  const saved = await utils.cache.save(folder);
  log(
    saved
      ? `storefront-cache: saved ${folder} for the next build`
      : `storefront-cache: ${folder} is missing, nothing saved`,
  );
}
