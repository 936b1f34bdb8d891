/** The benchmark's floor: a bare Astro project rendering as many trivial pages, sharing node_modules. */
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildSite, type BuildResult, type BuildSiteOptions } from '../build-site';

/** HTML files under `dir`, at any depth. */
export async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((entry) => entry.endsWith('.html')).length;
}

/**
 * Builds a bare Astro site of `count` trivial pages and reports it like a full build. Astro's defaults,
 * except `concurrency` (pages rendered at once, default 1) and a cache folder of its own, so it never
 * loads the storefront's data store or incremental-build cache.
 */
export async function buildFloor(
  count: number,
  options: BuildSiteOptions & { concurrency?: number } = {},
): Promise<BuildResult & { pages: number }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'bench-floor-'));
  await mkdir(path.join(root, 'src/pages'), { recursive: true });
  await symlink(path.resolve('node_modules'), path.join(root, 'node_modules'));
  await writeFile(path.join(root, 'package.json'), '{"type":"module"}');
  const build = { format: 'directory', concurrency: options.concurrency ?? 1 };
  const config = { cacheDir: './.astro-cache', build };
  await writeFile(path.join(root, 'astro.config.mjs'), `export default ${JSON.stringify(config)};`);
  await writeFile(
    path.join(root, 'src/pages/[slug].astro'),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${count} }, (_, i) => ({ params: { slug: 'page-' + i }, props: { i } }));\n}\nconst { i } = Astro.props;\n---\n<html lang="en"><head><title>Page {i}</title></head><body><h1>Page {i}</h1></body></html>\n`,
  );
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const result = await buildSite(path.join(root, 'dist'), process.env, options);
    const pages = result.code === 0 ? await countPages(path.join(root, 'dist')) : 0;
    return { ...result, pages };
  } finally {
    process.chdir(cwd);
    await rm(root, { recursive: true, force: true });
  }
}
