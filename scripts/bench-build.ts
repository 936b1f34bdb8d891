/**
 * `npm run bench:build -- --products 10000`: builds a generated catalog end to end against the
 * local store and, in the same run, a bare Astro site of as many trivial pages (the floor).
 */
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalStore } from '../local-store/index';
import { generateStore } from '../local-store/data/generate.ts';
import { buildSite, type BuildResult } from './build-site';

const { values } = parseArgs({
  options: { products: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } },
});
const products = Number(values.products);
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((entry) => entry.endsWith('.html')).length;
}

/** A bare Astro project rendering `count` trivial pages, sharing this project's node_modules. */
async function buildFloor(count: number): Promise<BuildResult & { pages: number }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'bench-floor-'));
  await mkdir(path.join(root, 'src/pages'), { recursive: true });
  await symlink(path.resolve('node_modules'), path.join(root, 'node_modules'));
  await writeFile(path.join(root, 'package.json'), '{"type":"module"}');
  await writeFile(path.join(root, 'astro.config.mjs'), "export default { build: { format: 'directory' } };");
  await writeFile(
    path.join(root, 'src/pages/[slug].astro'),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${count} }, (_, i) => ({ params: { slug: 'page-' + i }, props: { i } }));\n}\nconst { i } = Astro.props;\n---\n<html lang="en"><head><title>Page {i}</title></head><body><h1>Page {i}</h1></body></html>\n`,
  );
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const result = await buildSite(path.join(root, 'dist'), process.env);
    return { ...result, pages: await countPages(path.join(root, 'dist')) };
  } finally {
    process.chdir(cwd);
    await rm(root, { recursive: true, force: true });
  }
}

const generatedAt = performance.now();
const data = generateStore({ products, seed: Number(values.seed) });
console.log(`generated ${products.toLocaleString('en-US')} products in ${s(performance.now() - generatedAt)}`);
const store = await startLocalStore({ port: 0, data });
const outDir = await mkdtemp(path.join(os.tmpdir(), 'bench-dist-'));
const env = {
  ...process.env,
  BIGCOMMERCE_GRAPHQL_URL: store.graphqlUrl,
  BIGCOMMERCE_PRIVATE_TOKEN: store.privateToken,
  BIGCOMMERCE_STOREFRONT_TOKEN: store.storefrontToken,
};
const full = await buildSite(outDir, env);
await store.stop();
if (full.code !== 0) {
  console.error(full.output.slice(-3000));
  process.exit(1);
}
const pages = await countPages(outDir);
await rm(outDir, { recursive: true, force: true });
const exportMatch = /catalog: exported[^\n]* in ([\d.]+) ?s/.exec(full.output);
const exportMs = exportMatch ? Number(exportMatch[1]) * 1000 : NaN;
const floor = await buildFloor(pages);

console.log('');
console.log(`products            ${products.toLocaleString('en-US')}`);
console.log(`pages               ${pages.toLocaleString('en-US')}`);
console.log(`full build          ${s(full.ms)}  (peak RSS ${mb(full.peakRss)})`);
console.log(`  catalog export    ${s(exportMs)}`);
console.log(`  render + rest     ${s(full.ms - exportMs)}`);
console.log(`  pages per second  ${Math.round(pages / (full.ms / 1000))}`);
console.log(`floor (bare Astro)  ${s(floor.ms)} for ${floor.pages.toLocaleString('en-US')} pages (peak RSS ${mb(floor.peakRss)})`);
console.log(`full / floor        ${(full.ms / floor.ms).toFixed(2)}×`);
