/**
 * `npm run bench:search -- --products 10000`: one cold build of a generated catalog against the local
 * store, and what its search index costs: its time (rendering the records, from Astro's log, then
 * indexing them, from the index's own line) and share of the build, its size on disk, and the
 * folders of `dist/` with the most files and with the most entries; then, in headless Chromium with a
 * cold cache, three searches (an exact SKU, a rare word, the commonest word): bytes fetched and time to
 * the first result, and the longest main-thread task while the commonest word is typed.
 * Fails when any folder holds more than `DIRECTORY_FILE_LIMIT` files, as Netlify would refuse it.
 *
 * Flags: `--seed N` (catalog seed, default 1), `--store-replicas N` (default 2), `--echo` (stream the
 * build log), `--keep` (keep the built site and print where it is), `--site DIR` (time the searches
 * of a site kept from a build of the same `--products` and `--seed`, without building).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SEARCH_BUNDLE_PATH } from '../src/lib/search/contract';
import { DIRECTORY_FILE_LIMIT } from '../src/lib/search/index-layout';
import { serveStatic } from '../tests/support/static-server';
import { busiestDirectories, sizeOnDisk } from './bench/directories';
import { searchIndexLog } from './bench/rebuild-log';
import { coldBuild, startGeneratedStore } from './bench/generated-store';
import { timeSearches } from './bench/search-browser';
import { benchQueries } from './bench/search-queries';
import { generateStore } from '../local-store/data/generate';
import type { StoreData } from '../local-store/data/types';

const { values } = parseArgs({
  options: {
    products: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    'store-replicas': { type: 'string', default: '2' },
    echo: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    site: { type: 'string' },
  },
});
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const count = (n: number) => n.toLocaleString('en-US');

/** Builds the catalog cold and prints what its index costs; fails as Netlify would on a crowded folder. */
async function buildAndMeasure(): Promise<{ outDir: string; products: StoreData['products'] }> {
  const store = await startGeneratedStore({
    products: Number(values.products),
    seed: Number(values.seed),
    replicas: Number(values['store-replicas']),
  });
  const { result, outDir } = await coldBuild(store.env, { echo: values.echo });
  await store.stop();
  if (result.code !== 0) {
    console.error(result.output.slice(-3000));
    console.error(`build failed with exit status ${result.code} after ${s(result.ms)}`);
    process.exit(1);
  }

  const indexLine = searchIndexLog(result.output);
  if (!indexLine) {
    console.error('the build did not log its search index; is the search-index integration registered?');
    process.exit(1);
  }
  const { records, seconds: indexSeconds, added, written } = indexLine;
  // Astro logs each rendered file of records with its time: "/pagefind/records/0.json (+134ms)".
  const renderMs = [...result.output.matchAll(/records\/\d+\.json \(\+(\d+)ms\)/g)].reduce(
    (sum, match) => sum + Number(match[1]),
    0,
  );
  const index = await sizeOnDisk(path.join(outDir, SEARCH_BUNDLE_PATH));
  const busiest = await busiestDirectories(outDir);
  const indexMs = Number(indexSeconds) * 1000 + renderMs;

  console.log('');
  console.log(`records             ${records}`);
  console.log(`full build          ${s(result.ms)}  (peak RSS ${mb(result.peakRss)})`);
  console.log(
    `index               ${s(indexMs)}  (records rendered ${s(renderMs)}, added ${added} s, written ${written} s)`,
  );
  console.log(
    `  share             ${Math.round((indexMs / (result.ms - indexMs)) * 100)}% on top of the rest of the build`,
  );
  console.log(`index on disk       ${mb(index.bytes)} in ${count(index.files)} files`);
  console.log(`most files          ${count(busiest.files.count)} in ${busiest.files.dir}/`);
  console.log(`most entries        ${count(busiest.entries.count)} in ${busiest.entries.dir}/`);
  if (busiest.files.count > DIRECTORY_FILE_LIMIT) {
    console.error(`${busiest.files.dir}/ holds more than ${count(DIRECTORY_FILE_LIMIT)} files`);
    process.exit(1);
  }
  return { outDir, products: store.data.products };
}

const built = values.site
  ? {
      outDir: path.resolve(values.site),
      products: generateStore({ products: Number(values.products), seed: Number(values.seed) }).products,
    }
  : await buildAndMeasure();
const { outDir } = built;

const queries = benchQueries(built.products);
const server = await serveStatic(outDir);
const { timings, longestTaskMs } = await timeSearches(server.origin, queries).finally(() => server.close());
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
console.log('searches in Chromium, cold cache (text counted gzipped):');
for (const each of timings) {
  console.log(`  ${each.label} "${each.query}" (in ${count(each.products)} products): ${each.results}`);
  console.log(
    `    search ${Math.round(each.searchMs)} ms (page open to first result ${Math.round(each.firstResultMs)} ms), ` +
      `index ${kb(each.firstResultBytes)} by the first result, ${kb(each.indexBytes)} in ${each.indexFiles} files by idle, ` +
      `page ${kb(each.pageBytes)} in all`,
  );
}
console.log(
  `longest task typing  ${longestTaskMs ? `${Math.round(longestTaskMs)} ms` : 'none over 50 ms'} ("${queries.at(-1)!.query}")`,
);

if (values.keep || values.site) console.log(`built site kept at ${outDir}`);
else await rm(outDir, { recursive: true, force: true });
