/**
 * The search index's records, rendered with the pages from the catalog they were rendered from, in
 * files of `RECORDS_PER_FILE` products. `search-index.ts` injects this route, indexes its output and
 * removes it from the site.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../src/lib/routes/read-site-data';
import { recordFileCount, RECORDS_PER_FILE } from '../src/lib/search/index-layout';
import { productRecord } from '../src/lib/search/records';

export const prerender = true;

/** One path per file of records: `/pagefind/records/0.json`, `1.json`, … */
export const getStaticPaths = (async () => {
  const { products } = await loadCatalog();
  return Array.from({ length: recordFileCount(products.length) }, (_, file) => ({
    params: { file: String(file) },
  }));
}) satisfies GetStaticPaths;

/** The records of one file's products, in catalog order. */
export const GET: APIRoute = async ({ params }) => {
  const { products, categoriesById } = await loadCatalog();
  const start = Number(params.file) * RECORDS_PER_FILE;
  const records = products
    .slice(start, start + RECORDS_PER_FILE)
    .map((product) => productRecord(product, categoriesById));
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
