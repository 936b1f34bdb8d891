/** The blog's listing pages: the index and one listing per tag, each paged like the category pages. */
import type { ListingPage } from '../routes/pagination';
import { paginate } from '../routes/pagination';
import { BLOG_PATH, tagPath, tagSlug } from './content-paths';

/** Posts per blog index or tag page. */
export const BLOG_PAGE_SIZE = 12;

/** A tag and its posts, newest first. */
export interface TagListing<T> {
  /** The tag as first written (`Gift ideas`); spellings with one slug share a page. */
  tag: string;
  slug: string;
  pages: ListingPage<T>[];
}

/** The pages of the blog index. */
export function blogIndexPages<T>(posts: readonly T[], size = BLOG_PAGE_SIZE): ListingPage<T>[] {
  return paginate(posts, BLOG_PATH, size);
}

/** Every tag's listing pages, tags in alphabetical order; posts keep their given order. */
export function tagListings<T extends { data: { tags: readonly string[] } }>(
  posts: readonly T[],
  size = BLOG_PAGE_SIZE,
): TagListing<T>[] {
  const byTag = new Map<string, { tag: string; posts: T[] }>();
  for (const post of posts) {
    for (const tag of new Set(post.data.tags.map(tagSlug))) {
      const name = post.data.tags.find((each) => tagSlug(each) === tag)!;
      const listing = byTag.get(tag) ?? { tag: name, posts: [] };
      listing.posts.push(post);
      byTag.set(tag, listing);
    }
  }
  return [...byTag.entries()]
    .filter(([slug]) => slug !== '')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([slug, { tag, posts: tagged }]) => ({ tag, slug, pages: paginate(tagged, tagPath(tag), size) }));
}

/** The rest param of a listing page below its base: undefined for page 1, `page/2` after. */
export function pageParam(path: string, basePath: string): string | undefined {
  const rest = path.slice(basePath.length).replace(/\/$/, '');
  return rest || undefined;
}
