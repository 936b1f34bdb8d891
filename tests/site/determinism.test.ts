import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../scripts/build-site';

const site = inject('site');
// Vitest mirrors import.meta.env into a worker's environment (DEV=1, MODE=test…); a build inheriting
// it would render development markup, such as astro:assets' marker on every <img>.
const VITEST_ENV_MIRROR = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
const inherited = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !VITEST_ENV_MIRROR.has(key)),
);
let second: string | undefined;

afterAll(async () => {
  if (second) await rm(second, { recursive: true, force: true });
});

describe('deterministic output', () => {
  it('gives byte-identical files when the same catalog is built twice', async () => {
    second = await mkdtemp(path.join(os.tmpdir(), 'storefront-dist-again-'));
    // --force discards the content layer's cache, so the catalog is exported afresh.
    const result = await buildSite(second, { ...inherited, ...site.buildEnv }, { args: ['--force'] });
    expect(result.code, result.output.slice(-2000)).toBe(0);
    const first = (await readdir(site.distDir, { recursive: true })).sort();
    const again = (await readdir(second, { recursive: true })).sort();
    expect(again).toEqual(first);
    const differing: string[] = [];
    for (const file of first) {
      const a = await readFile(path.join(site.distDir, file)).catch(() => undefined);
      const b = await readFile(path.join(second, file)).catch(() => undefined);
      if (a && b && !a.equals(b)) differing.push(file);
    }
    expect(differing).toEqual([]);
    expect(first.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(100);
  }, 300_000);
});
