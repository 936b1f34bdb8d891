/** The head and breadcrumbs of a content page or post: the title, description and trail it sits in. */
import type { Crumb } from '../routes/breadcrumbs';
import type { PageMeta } from '../seo/meta';
import { sitePageMeta } from '../seo/meta';

/** What a content page says about itself. */
export interface ContentPageHead {
  title: string;
  description: string;
  path: string;
  /** The crumbs between Home and the page (the Journal, for a post). */
  within?: readonly Crumb[];
  storeName: string;
  site: URL | string;
}

/** The page's meta and its breadcrumbs, Home first and the page last. */
export function contentPageHead(page: ContentPageHead): { meta: PageMeta; breadcrumbs: Crumb[] } {
  const { title, description, path, storeName, site, within = [] } = page;
  return {
    meta: sitePageMeta({ name: title, storeName, description, path, site }),
    breadcrumbs: [{ name: 'Home', path: '/' }, ...within, { name: title, path }],
  };
}
