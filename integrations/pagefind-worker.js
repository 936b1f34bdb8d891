/**
 * Worker thread of `pagefind-bundles.ts` (I/O): drives one Pagefind service, which indexes in a
 * process of its own, so that records keep flowing to it while the main thread bundles or renders.
 * Each message names an operation and is answered with its `id`, and `error` when it failed.
 */
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/** Records sent to Pagefind at once: enough to keep its service busy, few enough to bound memory. */
const IN_FLIGHT = 200;

const bundles = new Map();
const messageOf = (error) => (error instanceof Error ? error.message : String(error));

/** Adds the records, failing on the first one Pagefind refuses, naming it. */
async function add(index, records) {
  for (let start = 0; start < records.length; start += IN_FLIGHT) {
    await Promise.all(
      records.slice(start, start + IN_FLIGHT).map(async (record) => {
        // Pagefind answers a record it cannot take with errors, or rejects when it cannot read it.
        const errors = await index.addCustomRecord(record).then(
          (response) => response.errors,
          (error) => [messageOf(error)],
        );
        if (errors.length) throw new Error(`Pagefind refused ${record.url}: ${errors.join('; ')}`);
      }),
    );
  }
}

const operations = {
  async create({ bundle, maxFragments }) {
    const { index, errors } = await pagefind.createIndex({ maxFragments });
    if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
    bundles.set(bundle, index);
  },
  add: ({ bundle, records }) => add(bundles.get(bundle), records),
  async write({ bundle, outputPath }) {
    const written = await bundles.get(bundle).writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`writing ${outputPath}: ${written.errors.join('; ')}`);
  },
  close: () => pagefind.close(),
};

parentPort.on('message', async ({ id, op, ...args }) => {
  try {
    await operations[op](args);
    parentPort.postMessage({ id });
    // The reply first: a closed port sends nothing.
    if (op === 'close') parentPort.close();
  } catch (error) {
    parentPort.postMessage({ id, error: messageOf(error) });
  }
});
