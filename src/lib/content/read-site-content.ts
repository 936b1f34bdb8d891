/** I/O: reads the content collections once per build and resolves them against the catalog. */
import { getCollection } from 'astro:content';
import { loadCatalog } from '../routes/read-site-data';
import { resolveSiteContent } from './site-content';
import { contentDate } from './windows';

// Keeps Astro's entry beside the data, for `render()`; names the file as the repo holds it.
const withFile = <E extends { id: string; filePath?: string; data: unknown }>(entry: E) => ({
  id: entry.id,
  file: entry.filePath ?? entry.id,
  data: entry.data as E['data'],
  entry,
});

async function load() {
  const [catalog, pages, blog, home, navigation, announcements, enrichment] = await Promise.all([
    loadCatalog(),
    getCollection('pages').then((loaded) => loaded.map(withFile)),
    getCollection('blog').then((loaded) => loaded.map(withFile)),
    getCollection('home').then((loaded) => loaded.map(withFile)),
    getCollection('navigation').then((loaded) => loaded.map(withFile)),
    getCollection('announcements').then((loaded) => loaded.map(withFile)),
    getCollection('enrichment').then((loaded) => loaded.map(withFile)),
  ]);
  return resolveSiteContent(
    { pages, blog, home: home[0], navigation: navigation[0], announcements, enrichment },
    catalog,
    contentDate(process.env),
  );
}

/** The site's content, resolved. */
export type LoadedSiteContent = Awaited<ReturnType<typeof load>>;

let cached: ReturnType<typeof load> | undefined;

/**
 * The one read of the marketers' content — site-wide (navigation, announcements) and per page
 * (home, pages, posts, enrichment) — with every catalog reference checked; once per build.
 */
export function readSiteContent(): ReturnType<typeof load> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

/** What of the content every page shows (navigation, live announcements), for the site-wide cache key. */
export async function siteWideContent() {
  const { navigation, announcements } = await readSiteContent();
  return { navigation, announcements: announcements.map((each) => each.data) };
}
