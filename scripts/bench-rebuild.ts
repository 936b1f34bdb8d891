/**
 * `npm run bench:rebuild -- --products N`: what a merchant's edit costs with incremental rebuilds.
 *
 * 1. A cold build of N generated products (a fresh build cache), from a full build-hook body.
 * 2. One product's price changes in the local store (served again with the changed data, same port),
 *    with the build-hook body the webhook endpoint would send for it.
 * 3. The incremental build with that body (partial export, incremental render).
 * 4. The same build from the same starting cache without the body (full export, incremental render).
 * 5. A cold build of the changed catalog, compared with both, file by file.
 * Each prints its time, phases, pages rendered and skipped, API requests and the search index's time.
 * Flags: `--seed N`, `--debounce S` (the webhook endpoint's window, default 60, added to the edit-to-live
 * time, not waited for), `--store-replicas N` (default 2), `--echo`, `--cpu-prof DIR` (a V8 CPU profile of
 * the build with the body, written into DIR).
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalStore } from '../local-store/index';
import { generateStore } from '../local-store/data/generate.ts';
import type { StoreData } from '../local-store/data/types';
import { firstFullBody, priceChange } from './bench/catalog-changes';
import { differingFiles } from './bench/directories';
import { buildPhases } from './bench/phases';
import { exportPath, pageCounts, pageRestoreLog, searchIndexLog } from './bench/rebuild-log';
import { buildSite, type BuildResult } from './build-site';
import type { RebuildRequest } from '../src/lib/webhooks/rebuild-request';

const { values } = parseArgs({
  options: {
    products: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    debounce: { type: 'string', default: '60' },
    'store-replicas': { type: 'string', default: '2' },
    echo: { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
  },
});
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const count = (n: number) => n.toLocaleString('en-US');
const work = await mkdtemp(path.join(os.tmpdir(), 'bench-rebuild-'));
let port = 0;

/** A build's figures. */
interface Measured {
  label: string;
  result: BuildResult;
  requests: number;
}

/** Serves `data` on the bench's one port (pages and the cached catalog name the store's URL) and builds. */
async function build(
  label: string,
  data: StoreData,
  dirs: { out: string; cache: string },
  body?: RebuildRequest,
  nodeArgs: string[] = [],
) {
  // A Netlify build starts from a fresh checkout, so no `dist/` is left for Astro to empty first (at
  // 100,000 products that took about 45 s of the timed build); only the cache carries over.
  await rm(dirs.out, { recursive: true, force: true });
  const store = await startLocalStore({ port, data, replicas: Number(values['store-replicas']) });
  port = Number(new URL(store.url).port);
  try {
    const result = await buildSite(
      dirs.out,
      {
        ...process.env,
        NODE_ENV: 'production',
        BIGCOMMERCE_GRAPHQL_URL: store.graphqlUrl,
        BIGCOMMERCE_PRIVATE_TOKEN: store.privateToken,
        BIGCOMMERCE_STOREFRONT_TOKEN: store.storefrontToken,
        STOREFRONT_CACHE_DIR: dirs.cache,
        INCOMING_HOOK_BODY: body ? JSON.stringify(body) : '',
      },
      { echo: values.echo, nodeArgs },
    );
    if (result.code !== 0) {
      console.error(result.output.slice(-3000));
      throw new Error(`${label} failed with exit status ${result.code}`);
    }
    const measured = { label, result, requests: store.requestCount() };
    report(measured);
    return measured;
  } finally {
    await store.stop();
  }
}

/** Prints one build's figures. */
function report({ label, result, requests }: Measured): void {
  const { rendered, skipped } = pageCounts(result.output);
  const phases = buildPhases(result);
  const search = searchIndexLog(result.output);
  const restore = pageRestoreLog(result.output);
  console.log(`\n${label.padEnd(34)}${s(result.ms).padStart(8)}`);
  console.log(`  export path       ${exportPath(result.output)}`);
  console.log(`  pages             ${count(rendered)} rendered, ${count(skipped)} skipped`);
  console.log(`  API requests      ${count(requests)}`);
  const phaseLine = Object.entries(phases)
    .map(([name, ms]) => `${name} ${s(ms)}`)
    .join(', ');
  console.log(`  phases            ${phaseLine}`);
  const index = search
    ? `${search.seconds} s (added ${search.added} s, written ${search.written} s; ${search.bundles - search.reused} of ${search.bundles} bundles indexed, the rest copied)`
    : 'not logged';
  console.log(`  search index      ${index}`);
  if (restore) {
    const back =
      restore.linked === undefined
        ? ''
        : `, ${count(restore.linked)} linked back in ${restore.linkedSeconds} s`;
    console.log(
      `  cached pages      ${count(restore.moved)} moved into dist/ in ${restore.movedSeconds} s${back}`,
    );
  }
}

const products = Number(values.products);
const base = generateStore({ products, seed: Number(values.seed) });
console.log(`generated ${count(products)} products`);
const deployed = { out: path.join(work, 'dist'), cache: path.join(work, 'cache') };
// The deployment starts from the endpoint's first full send, so a later body can count on its cache.
const cold = await build('1. cold build', base, deployed, firstFullBody);
// Step 4 starts from the same cache as step 3.
const before = { out: path.join(work, 'dist-before'), cache: path.join(work, 'cache-before') };
await cp(deployed.cache, before.cache, { recursive: true });

const change = priceChange(base);
console.log(
  `\n2. price of product ${change.body.products.join(', ')} changed; body: ${JSON.stringify(change.body)}`,
);
const profile = values['cpu-prof']
  ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values['cpu-prof'])}`]
  : [];
const withBody = await build('3. incremental, with the body', change.data, deployed, change.body, profile);
const withoutBody = await build('4. incremental, without the body', change.data, before);
const reference = { out: path.join(work, 'dist-cold'), cache: path.join(work, 'cache-cold') };
await build('5. cold build of the changed catalog', change.data, reference);

const debounce = Number(values.debounce) * 1000;
console.log('');
for (const [measured, dir] of [
  [withBody, deployed.out],
  [withoutBody, before.out],
] as const) {
  const differing = await differingFiles(dir, reference.out);
  const share = Math.round((measured.result.ms / cold.result.ms) * 100);
  console.log(
    `${measured.label}: ${share}% of the cold build; ${differing.length ? `${differing.length} files differ from a cold build (${differing.slice(0, 5).join(', ')})` : 'dist/ identical to a cold build'}`,
  );
}
console.log(
  `edit to live (debounce ${s(debounce)} + build with the body): ${s(debounce + withBody.result.ms)}`,
);
await rm(work, { recursive: true, force: true });
