/**
 * `npm run bench:build -- --products 10000`: builds a generated catalog end to end against the
 * local store and, in the same run, a bare Astro site of as many trivial pages (the floor).
 *
 * Every run is a cold build: the data store of the last build is removed first.
 * Flags: `--seed N` (catalog seed, default 1), `--skip-floor`, `--floor-concurrency N` (pages the
 * floor renders at once; default 1, Astro's default), `--echo` (stream the build log), `--cpu-prof DIR`
 * (write a V8 CPU profile of the build process into DIR), `--store-replicas N` (worker threads serving
 * the local store, default 2, so the store keeps up with the export as a real one would), `--runs N`
 * (N full builds, each followed by a floor; prints the median ratio).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildFloor, countPages } from './bench/floor';
import { coldBuild, startGeneratedStore } from './bench/generated-store';
import { buildPhases, peakRssBetween, type BuildPhases } from './bench/phases';
import type { BuildResult } from './build-site';

const { values } = parseArgs({
  options: {
    products: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    'skip-floor': { type: 'boolean', default: false },
    'floor-concurrency': { type: 'string', default: '1' },
    echo: { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
    'store-replicas': { type: 'string', default: '2' },
    runs: { type: 'string', default: '1' },
  },
});
const products = Number(values.products);
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const count = (n: number) => n.toLocaleString('en-US');
const nodeArgs = values['cpu-prof']
  ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values['cpu-prof'])}`]
  : [];

/** One line per phase: its time, share of the build and the highest resident set sampled in it. */
function phaseLines(result: BuildResult, phases: BuildPhases): string[] {
  let from = 0;
  return (Object.entries(phases) as [keyof BuildPhases, number][]).map(([name, ms]) => {
    const peak = peakRssBetween(result, from, from + ms);
    from += ms;
    const share = `${Math.round((ms / result.ms) * 100)}%`.padStart(4);
    return `  ${name.padEnd(18)}${s(ms).padStart(8)}  ${share}  (RSS up to ${mb(peak)})`;
  });
}

const store = await startGeneratedStore({
  products,
  seed: Number(values.seed),
  replicas: Number(values['store-replicas']),
});
const { env } = store;
const floorConcurrency = Number(values['floor-concurrency']);
const runs = Math.max(1, Number(values.runs));
const ratios: number[] = [];

/** One cold full build, its figures printed; exits the bench if it fails. */
async function fullBuild(): Promise<{ result: BuildResult; pages: number }> {
  const requestsBefore = store.requestCount();
  const { result, outDir } = await coldBuild(env, { echo: values.echo, nodeArgs });
  const requests = store.requestCount() - requestsBefore;
  if (result.code !== 0) {
    await store.stop();
    console.error(result.output.slice(-3000));
    console.error(
      `full build failed with exit status ${result.code} after ${s(result.ms)} (peak RSS ${mb(result.peakRss)})`,
    );
    process.exit(1);
  }
  const pages = await countPages(outDir);
  await rm(outDir, { recursive: true, force: true });
  const phases = buildPhases(result);
  console.log('');
  console.log(`products            ${count(products)}`);
  console.log(`pages               ${count(pages)}`);
  console.log(`API requests        ${count(requests)}`);
  console.log(
    `full build          ${s(result.ms)}  (peak RSS ${mb(result.peakRss)}, CPU ${s(result.cpuMs)})`,
  );
  for (const line of phaseLines(result, phases)) console.log(line);
  console.log(
    `  pages per second  ${Math.round(pages / (result.ms / 1000))} overall, ${Math.round(pages / (phases.render / 1000))} rendering`,
  );
  return { result, pages };
}

// Full builds and floors alternate, so that a machine whose speed drifts (shared or throttled
// hardware) slows both sides of each ratio alike.
for (let run = 1; run <= runs; run++) {
  if (runs > 1) console.log(`\n— run ${run} of ${runs}`);
  const full = await fullBuild();
  if (values['skip-floor']) continue;
  const floor = await buildFloor(full.pages, { echo: values.echo, concurrency: floorConcurrency });
  const floorPhases = buildPhases(floor);
  console.log(
    `floor (bare Astro, concurrency ${floorConcurrency})  ${s(floor.ms)} for ${count(floor.pages)} pages, exit status ${floor.code} (peak RSS ${mb(floor.peakRss)}, CPU ${s(floor.cpuMs)})`,
  );
  console.log(
    `  startup+bundle    ${s(floorPhases.startup + floorPhases.bundle)}, render ${s(floorPhases.render)}`,
  );
  if (floor.code !== 0) {
    await store.stop();
    process.exit(1);
  }
  ratios.push(full.result.ms / floor.ms);
  console.log(`full / floor        ${ratios.at(-1)!.toFixed(2)}×`);
}
await store.stop();
if (ratios.length > 1) {
  const sorted = [...ratios].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(
    `\nfull / floor over ${ratios.length} alternating runs: median ${median.toFixed(2)}×, range ${sorted[0].toFixed(2)}–${sorted.at(-1)!.toFixed(2)}× (${ratios.map((r) => r.toFixed(2)).join(', ')})`,
  );
}
