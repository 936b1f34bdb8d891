/** The environment of a test's `astro build` against a local store, keeping its state in `cacheDir`. */
import type { LocalStore } from '../../local-store';

/** The build's environment; `body` is the build-hook body, none for a build without one (a push). */
export const storeBuildEnv = (store: LocalStore, cacheDir: string, body?: object): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  SITE_URL: 'http://localhost:4321',
  BIGCOMMERCE_GRAPHQL_URL: store.graphqlUrl,
  BIGCOMMERCE_PRIVATE_TOKEN: store.privateToken,
  BIGCOMMERCE_STOREFRONT_TOKEN: store.storefrontToken,
  STOREFRONT_CACHE_DIR: cacheDir,
  INCOMING_HOOK_BODY: body ? JSON.stringify(body) : '',
});
