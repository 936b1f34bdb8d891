/**
 * The content as pages show it: catalog references resolved (an unknown one fails the build), dated
 * items filtered to the build date, posts newest first, enrichment keyed by catalog path.
 */
import type { Category, Product } from '../catalog/schema';
import type { CatalogData } from '../routes/catalog-index';
import { pathKey } from '../routes/site-paths';
import { assertContentPaths } from './content-paths';
import type { CatalogLookup } from './references';
import { assertCatalogPage, catalogLookup, resolveCategory, resolveProducts } from './references';
import type { AnnouncementData, EnrichmentData, NavigationData } from './schemas';
import type { DateWindow } from './windows';
import { isLive, liveItems } from './windows';

/** One content entry: its id (file name), repo-relative file and validated data. */
export interface ContentEntry<D> {
  id: string;
  file: string;
  data: D;
}

/** The fields of a post the resolver reads. */
interface PostFields {
  date: Date;
  products: string[];
}

/** The fields of the home file the resolver reads. */
interface HomeFields {
  banners: DateWindow[];
  featuredCategories: string[];
  featuredProducts: string[];
}

type Page = ContentEntry<unknown>;
type Post = ContentEntry<PostFields>;
type Home = ContentEntry<HomeFields>;
type Guide = ContentEntry<EnrichmentData>;

/** The content collections as loaded, before checking; entries may carry more (Astro's own entry). */
export interface RawSiteContent<P extends Page, B extends Post, H extends Home, G extends Guide> {
  pages: P[];
  blog: B[];
  home?: H;
  navigation?: ContentEntry<NavigationData>;
  announcements: ContentEntry<AnnouncementData>[];
  enrichment: G[];
}

/** A post with the products it lists. */
export type ResolvedPost<B extends Post> = B & { products: Product[] };

/** The home file with its live banners and featured items (empty lists: the automatic picks). */
export type ResolvedHome<H extends Home> = H & {
  banners: H['data']['banners'];
  featuredCategories: Category[];
  featuredProducts: Product[];
};

/** Everything the site's pages read from the content collections. */
export interface SiteContent<P extends Page, B extends Post, H extends Home, G extends Guide> {
  pages: P[];
  /** Newest first; a post dated after the build date is not yet published. */
  posts: ResolvedPost<B>[];
  home?: ResolvedHome<H>;
  navigation: NavigationData;
  /** The live announcements, in file-name order. */
  announcements: ContentEntry<AnnouncementData>[];
  /** Enrichment by `pathKey` of its catalog path. */
  enrichment: ReadonlyMap<string, G>;
}

const EMPTY_NAVIGATION: NavigationData = { header: [], footer: [] };

function resolveHome<H extends Home>(home: H, lookup: CatalogLookup, now: Date): ResolvedHome<H> {
  const { file, data } = home;
  return {
    ...home,
    banners: liveItems(data.banners, now),
    featuredCategories: data.featuredCategories.map((path, i) =>
      resolveCategory(path, lookup, { file, field: `featuredCategories[${i}]` }),
    ),
    featuredProducts: resolveProducts(data.featuredProducts, lookup, { file, field: 'featuredProducts' }),
  };
}

function enrichmentByPath<G extends Guide>(entries: readonly G[], lookup: CatalogLookup): Map<string, G> {
  const byPath = new Map<string, G>();
  for (const entry of entries) {
    assertCatalogPage(entry.data.path, lookup, { file: entry.file, field: 'path' });
    const key = pathKey(entry.data.path);
    const other = byPath.get(key);
    if (other)
      throw new Error(`${entry.file}: path ${entry.data.path} already has enrichment in ${other.file}`);
    byPath.set(key, entry);
  }
  return byPath;
}

/** Checks every reference and path against the catalog and resolves the content for `now`. */
export function resolveSiteContent<P extends Page, B extends Post, H extends Home, G extends Guide>(
  raw: RawSiteContent<P, B, H, G>,
  catalog: CatalogData,
  now: Date,
): SiteContent<P, B, H, G> {
  const lookup = catalogLookup(catalog);
  assertContentPaths(catalog, raw.pages, raw.blog);
  const posts = raw.blog
    .map((post) => ({
      ...post,
      products: resolveProducts(post.data.products, lookup, { file: post.file, field: 'products' }),
    }))
    .filter((post) => post.data.date.getTime() <= now.getTime())
    .sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
  return {
    pages: [...raw.pages].sort((a, b) => a.id.localeCompare(b.id)),
    posts,
    home: raw.home && resolveHome(raw.home, lookup, now),
    navigation: raw.navigation?.data ?? EMPTY_NAVIGATION,
    announcements: [...raw.announcements]
      .sort((a, b) => a.id.localeCompare(b.id))
      .filter((entry) => isLive(entry.data, now)),
    enrichment: enrichmentByPath(raw.enrichment, lookup),
  };
}
