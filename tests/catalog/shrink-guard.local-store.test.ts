/**
 * The shrink guard both ways, without a full build: each "build" exports a local store's catalog as
 * the loader does, stages its manifest, and runs the guard's build hooks against one cache folder.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import catalogShrinkGuard from '../../integrations/catalog-shrink-guard';
import { generateStore } from '../../local-store/data/generate';
import { MANIFEST_FILE, stageCatalogManifest } from '../../src/lib/catalog/catalog-manifest-file';
import { exportCatalog } from '../../src/lib/catalog/export';
import { manifestOf } from '../../src/lib/catalog/shrink-guard';
import { startStore, testClient } from './local-store';

let cacheDir: string;
const saved = { ...process.env };
beforeAll(async () => {
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'shrink-guard-'));
  process.env.STOREFRONT_CACHE_DIR = cacheDir;
});
afterAll(async () => {
  process.env = saved;
  await rm(cacheDir, { recursive: true, force: true });
});

/** Loads the store's catalog and runs the guard's hooks; resolves with what they logged, or rejects. */
async function build(data: Parameters<typeof startStore>[0], env: Record<string, string> = {}) {
  const store = await startStore(data);
  const lines: string[] = [];
  const logger = { info: (line: string) => lines.push(line), warn: (line: string) => lines.push(line) };
  Object.assign(process.env, env);
  try {
    const catalog = await exportCatalog(testClient(store).client);
    stageCatalogManifest(manifestOf(catalog, store.graphqlUrl));
    const { hooks } = catalogShrinkGuard();
    const start = hooks['astro:build:start'] as (options: {
      logger: AstroIntegrationLogger;
    }) => Promise<void>;
    const done = hooks['astro:build:done'] as (options: { logger: AstroIntegrationLogger }) => Promise<void>;
    await start({ logger: logger as unknown as AstroIntegrationLogger });
    await done({ logger: logger as unknown as AstroIntegrationLogger });
    return lines;
  } finally {
    for (const name of Object.keys(env)) delete process.env[name];
    await store.stop();
  }
}

const recorded = async () =>
  JSON.parse(await readFile(path.join(cacheDir, MANIFEST_FILE), 'utf8')) as { products: number[] };

describe('the shrink guard against the local store', () => {
  it('records the first build as the baseline', async () => {
    const lines = await build(generateStore({ products: 40, seed: 3 }));
    expect(lines.join('\n')).toContain('this build sets the baseline');
    expect((await recorded()).products).toHaveLength(40);
  });

  it('refuses a store that shrank past the limit, naming the numbers and the override', async () => {
    const error = await build(generateStore({ products: 12, seed: 3 })).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /products: 40 in the last successful build, 12 now, 28 of those gone \(70%\)/,
    );
    expect((error as Error).message).toMatch(/ALLOW_CATALOG_SHRINK=1/);
    expect((await recorded()).products).toHaveLength(40);
  });

  it('lets the smaller catalog through with ALLOW_CATALOG_SHRINK=1, which then becomes the baseline', async () => {
    const lines = await build(generateStore({ products: 12, seed: 3 }), { ALLOW_CATALOG_SHRINK: '1' });
    expect(lines.join('\n')).toContain('ALLOW_CATALOG_SHRINK is set');
    expect((await recorded()).products).toHaveLength(12);
  });

  it('passes normal growth without a word about shrinking', async () => {
    const lines = await build(generateStore({ products: 30, seed: 3 }));
    expect(lines.join('\n')).not.toMatch(/gone|shrank/);
    expect((await recorded()).products).toHaveLength(30);
  });
});
