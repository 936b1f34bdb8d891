/**
 * The search index's records, rendered with the pages from the catalog and the content they were
 * rendered from: every product in catalog order, then the content pages and the published posts, in
 * files of `RECORDS_PER_FILE` records. `search-index.ts` injects this route, indexes its output and
 * removes it from the site.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pagePath, postPath } from '../src/lib/content/content-paths';
import { readSiteContent } from '../src/lib/content/read-site-content';
import { loadCatalog } from '../src/lib/routes/read-site-data';
import { contentRecord } from '../src/lib/search/content-records';
import { recordFileCount, RECORDS_PER_FILE } from '../src/lib/search/index-layout';
import { productRecord } from '../src/lib/search/records';

export const prerender = true;

/** The content's records: a few dozen pages and posts, made once per build. */
let contentRecords: ReturnType<typeof readContentRecords> | undefined;

async function readContentRecords() {
  const { pages, posts } = await readSiteContent();
  const html = (entry: { rendered?: { html?: string } }) => entry.rendered?.html ?? '';
  return [
    ...pages.map((page) =>
      contentRecord({
        type: 'page',
        url: pagePath(page.id),
        title: page.data.title,
        description: page.data.description,
        html: html(page.entry),
      }),
    ),
    ...posts.map((post) =>
      contentRecord({
        type: 'post',
        url: postPath(post.id),
        title: post.data.title,
        description: post.data.description,
        html: html(post.entry),
        tags: post.data.tags,
      }),
    ),
  ];
}

/** One path per file of records: `/pagefind/records/0.json`, `1.json`, … */
export const getStaticPaths = (async () => {
  const { products } = await loadCatalog();
  const content = await (contentRecords ??= readContentRecords());
  return Array.from({ length: recordFileCount(products.length + content.length) }, (_, file) => ({
    params: { file: String(file) },
  }));
}) satisfies GetStaticPaths;

/** The records of one file: products first, then content, so each file is sliced without the rest. */
export const GET: APIRoute = async ({ params }) => {
  const { products, categoriesById } = await loadCatalog();
  const content = await (contentRecords ??= readContentRecords());
  const start = Number(params.file) * RECORDS_PER_FILE;
  const end = start + RECORDS_PER_FILE;
  const records = [
    ...products.slice(start, end).map((product) => productRecord(product, categoriesById)),
    ...content.slice(Math.max(0, start - products.length), Math.max(0, end - products.length)),
  ];
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
