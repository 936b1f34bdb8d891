/**
 * Global setup of the site tests: starts the local sample store, builds the storefront against it
 * once, and serves the result, so build and browser tests share one build.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalStore } from '../../local-store/index';
import { buildSite } from '../../scripts/build-site';
import { SAMPLE_CONTENT_VARIABLE } from '../../src/lib/content/overlay';
import { serveStatic } from '../support/static-server';

/** Server-only secrets given to the build; none may appear in its output. */
export const CANARY_SECRETS = {
  BIGCOMMERCE_ACCESS_TOKEN: 'canary-access-token-7f3a9c',
  BIGCOMMERCE_WEBHOOK_SECRET: 'canary-webhook-secret-51be02',
  NETLIFY_BUILD_HOOK_URL: 'https://api.netlify.com/build_hooks/canary-hook-0d4e8b',
};

declare module 'vitest' {
  export interface ProvidedContext {
    site: {
      distDir: string;
      origin: string;
      storeUrl: string;
      privateToken: string;
      secrets: Record<string, string>;
      /** The environment the build ran with, to build the same catalog again. */
      buildEnv: Record<string, string>;
    };
  }
}

export default async function setup(project: TestProject) {
  const distDir = await mkdtemp(path.join(os.tmpdir(), 'storefront-dist-'));
  const server = await serveStatic(distDir);
  const store = await startLocalStore({ port: 0, allowedOrigins: [server.origin] });
  const buildEnv = {
    // Vitest sets NODE_ENV=test, which would build development JSX (file paths and all): build what ships.
    NODE_ENV: 'production',
    ...CANARY_SECRETS,
    SITE_URL: server.origin,
    BIGCOMMERCE_GRAPHQL_URL: store.graphqlUrl,
    BIGCOMMERCE_PRIVATE_TOKEN: store.privateToken,
    BIGCOMMERCE_STOREFRONT_TOKEN: store.storefrontToken,
    // A management token makes the build export the store's redirects, as a production build would.
    BIGCOMMERCE_API_URL: store.managementUrl,
    BIGCOMMERCE_ACCESS_TOKEN: store.managementToken,
    // The shrink guard's manifest goes to a cache of this run's own, not the one `npm run build` uses.
    STOREFRONT_CACHE_DIR: `${distDir}-cache`,
    [SAMPLE_CONTENT_VARIABLE]: '1',
    DECAP_GITHUB_REPO: 'example/storefront',
  };
  const result = await buildSite(distDir, { ...process.env, ...buildEnv });
  if (result.code !== 0) throw new Error(`The sample store's build failed:\n${result.output.slice(-4000)}`);
  project.provide('site', {
    distDir,
    origin: server.origin,
    storeUrl: store.url,
    privateToken: store.privateToken,
    secrets: {
      ...CANARY_SECRETS,
      BIGCOMMERCE_PRIVATE_TOKEN: store.privateToken,
      BIGCOMMERCE_ACCESS_TOKEN: store.managementToken,
    },
    buildEnv,
  });
  return async () => {
    await server.close();
    await store.stop();
    await rm(distDir, { recursive: true, force: true });
    await rm(`${distDir}-cache`, { recursive: true, force: true });
  };
}
