/** What the benches share: a seeded catalog served by the local store, and cold builds against it. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startLocalStore } from '../../local-store/index';
import { generateStore } from '../../local-store/data/generate.ts';
import type { StoreData } from '../../local-store/data/types.ts';
import { astroCacheDirFrom, searchIndexCacheDirFrom } from '../../src/lib/config';
import { buildSite, type BuildResult, type BuildSiteOptions } from '../build-site';

/** A running local store with a generated catalog, and the environment that builds against it. */
export interface GeneratedStore {
  env: NodeJS.ProcessEnv;
  /** The catalog the store serves. */
  data: StoreData;
  stop(): Promise<void>;
  requestCount(): number;
}

/** Generates `products` products from `seed` and serves them from `replicas` worker threads. */
export async function startGeneratedStore(options: {
  products: number;
  seed: number;
  replicas: number;
}): Promise<GeneratedStore> {
  const generatedAt = performance.now();
  const data = generateStore({ products: options.products, seed: options.seed });
  const took = ((performance.now() - generatedAt) / 1000).toFixed(1);
  console.log(`generated ${options.products.toLocaleString('en-US')} products in ${took} s`);
  const store = await startLocalStore({ port: 0, data, replicas: options.replicas });
  console.log(`local store: ${options.replicas} ${options.replicas === 1 ? 'replica' : 'replicas'}`);
  const env = {
    ...process.env,
    BIGCOMMERCE_GRAPHQL_URL: store.graphqlUrl,
    BIGCOMMERCE_PRIVATE_TOKEN: store.privateToken,
    BIGCOMMERCE_STOREFRONT_TOKEN: store.storefrontToken,
    // Benchmark catalogs come in every size and are never published: keep their manifests away from
    // the site's own build cache, and let a smaller one follow a larger one.
    STOREFRONT_CACHE_DIR: process.env.STOREFRONT_CACHE_DIR ?? 'node_modules/.cache/storefront-bench',
    ALLOW_CATALOG_SHRINK: '1',
  };
  return { env, data, stop: () => store.stop(), requestCount: () => store.requestCount() };
}

/** A cold `astro build` into a new temporary folder: the last build's data store is removed first. */
export async function coldBuild(
  env: NodeJS.ProcessEnv,
  options: BuildSiteOptions = {},
): Promise<{ result: BuildResult; outDir: string }> {
  // Astro would load the last build's data store only to clear it (the output folder differs), the
  // incremental-build cache would let it skip pages, and the search cache would let it copy bundles.
  for (const dir of [astroCacheDirFrom(env), searchIndexCacheDirFrom(env)])
    await rm(path.resolve(dir), { recursive: true, force: true });
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'bench-dist-'));
  return { result: await buildSite(outDir, env, options), outDir };
}
