/**
 * A marketer's page whose path a category already has: the real build fails, naming both. It runs
 * on a copy of the project, so the colliding file never lands in the working tree.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalStore } from '../../local-store/index';
import { SAMPLE_CONTENT_VARIABLE } from '../../src/lib/content/overlay';
import { copyProject } from '../support/project-copy';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** Runs `astro build` in `root`; resolves with its exit code and output. */
function build(root: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
    const child = spawn(process.execPath, [astro, 'build'], { cwd: root, env, stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('a content page on a catalog path', () => {
  it('fails the build, naming the category and the file', async () => {
    const root = await copyProject('storefront-collision-');
    const cache = await mkdtemp(path.join(os.tmpdir(), 'storefront-collision-cache-'));
    const store = await startLocalStore({ port: 0 });
    cleanups.push(
      () => store.stop(),
      () => rm(root, { recursive: true, force: true }),
      () => rm(cache, { recursive: true, force: true }),
    );
    await writeFile(
      path.join(root, 'src/content/pages/kitchen.md'),
      '---\ntitle: Our kitchen\ndescription: Where we test every pan.\n---\n\nHello.\n',
    );
    // Not Vitest's environment: Astro behaves differently when it sees VITEST.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'VITEST'));
    const result = await build(root, {
      ...env,
      NODE_ENV: 'production',
      SITE_URL: 'http://localhost:4321',
      BIGCOMMERCE_GRAPHQL_URL: store.graphqlUrl,
      BIGCOMMERCE_PRIVATE_TOKEN: store.privateToken,
      BIGCOMMERCE_STOREFRONT_TOKEN: store.storefrontToken,
      STOREFRONT_CACHE_DIR: cache,
      [SAMPLE_CONTENT_VARIABLE]: '1',
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /Path \/kitchen\/ is claimed by category \d+ "Kitchen" and content page src\/content\/pages\/kitchen\.md/,
    );
  }, 240_000);
});
