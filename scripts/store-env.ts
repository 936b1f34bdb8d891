/** Resolves the store for a script: the configured one, or the local sample store started here. */
import { ConfigError, resolveStoreConfig } from '../src/lib/config';
import { startLocalStore, type LocalStore } from '../local-store/index';
import { SAMPLE_CONTENT_VARIABLE } from '../src/lib/content/overlay';

/** The environment a build or dev server needs, plus the local store when one was started. */
export interface StoreEnv {
  env: NodeJS.ProcessEnv;
  localStore?: LocalStore;
}

/** Default port of the local sample store; the built pages' cart talks to it. */
export const LOCAL_STORE_PORT = Number(process.env.LOCAL_STORE_PORT ?? 4010);

/** Validates the configuration, starting the sample store on `port` (0 = any) when none is set. */
export async function prepareStoreEnv(port = LOCAL_STORE_PORT): Promise<StoreEnv> {
  const config = resolveStoreConfig(process.env);
  if (config.kind === 'store') return { env: process.env };
  const localStore = await startLocalStore({ port });
  return {
    localStore,
    env: {
      ...process.env,
      BIGCOMMERCE_GRAPHQL_URL: localStore.graphqlUrl,
      BIGCOMMERCE_PRIVATE_TOKEN: localStore.privateToken,
      BIGCOMMERCE_STOREFRONT_TOKEN: localStore.storefrontToken,
      // The bundled sample catalog: its content overlay may refer to its products.
      [SAMPLE_CONTENT_VARIABLE]: '1',
    },
  };
}

/** Prints a configuration or start-up failure the way a user can act on it, then exits. */
export function exitWithError(error: unknown): never {
  if (error instanceof ConfigError) console.error(`Configuration error — ${error.message}`);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
