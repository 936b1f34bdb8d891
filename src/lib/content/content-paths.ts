/** Where content pages and posts live, and the check that none takes a path the catalog or site holds. */
import type { CatalogData } from '../routes/catalog-index';
import { recordSubject } from '../catalog/subject';
import { PathClaims } from '../routes/site-paths';

/** The blog's own root. */
export const BLOG_PATH = '/blog/';
/** The folder of the blog's tag pages. */
export const BLOG_TAGS_PATH = '/blog/tags/';
/** The blog's feed. */
export const BLOG_RSS_PATH = '/blog/rss.xml';

/** A content file's id is not usable as a URL segment, or takes a path the blog keeps for itself. */
export class ContentPathError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ContentPathError';
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// `/blog/page/2/` is the index's page 2 and `/blog/tags/` the tag pages.
const BLOG_OWN_SEGMENTS = new Set(['page', 'tags', 'rss.xml']);

/** The path of the content page in `id`'s file: `/about/`. */
export const pagePath = (id: string) => `/${id}/`;
/** The path of a post: `/blog/first-post/`. */
export const postPath = (id: string) => `${BLOG_PATH}${id}/`;

/** A tag's URL segment: lower case, words joined by hyphens (`Gift ideas` → `gift-ideas`). */
export function tagSlug(tag: string): string {
  return tag
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The path of a tag's first page: `/blog/tags/gift-ideas/`. */
export const tagPath = (tag: string) => `${BLOG_TAGS_PATH}${tagSlug(tag)}/`;

/** One content file that becomes a page. */
export interface ContentFile {
  id: string;
  /** Repo-relative file, for messages. */
  file: string;
}

function assertSlug(entry: ContentFile, what: string): void {
  if (!SLUG.test(entry.id)) {
    throw new ContentPathError(
      entry.file,
      `the file name "${entry.id}" is the ${what}'s URL, so it must be lower-case letters, digits and single hyphens`,
    );
  }
}

/**
 * Throws `PathConflictError` naming both when a content page takes a path a product, category or brand
 * holds, or one the site reserves; throws `ContentPathError` for a file name that cannot be a URL.
 */
export function assertContentPaths(
  catalog: CatalogData,
  pages: readonly ContentFile[],
  posts: readonly ContentFile[] = [],
): void {
  const claims = new PathClaims();
  for (const product of catalog.products) {
    claims.claim(product.path, recordSubject('product', product.id, product.name));
  }
  for (const category of catalog.categories) {
    claims.claim(category.path, recordSubject('category', category.id, category.name));
  }
  for (const brand of catalog.brands) claims.claim(brand.path, recordSubject('brand', brand.id, brand.name));
  for (const page of pages) {
    assertSlug(page, 'page');
    claims.claim(pagePath(page.id), `content page ${page.file}`);
  }
  for (const post of posts) {
    assertSlug(post, 'post');
    if (BLOG_OWN_SEGMENTS.has(post.id)) {
      throw new ContentPathError(post.file, `${postPath(post.id)} is the blog's own; rename the file`);
    }
  }
}
