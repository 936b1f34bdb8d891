/** Titles, descriptions and canonical URLs for every page type: every SEO fallback lives here. */
import { htmlToText } from '../catalog/sanitise';
import type { Brand, Category, Image, MerchantSeo, Product } from '../catalog/schema';
import { socialImageUrl } from '../images';
import { toDecimalString } from '../money';
import type { Pagination } from '../routes/pagination';
import { isIndexable } from './robots';
import { truncateText } from './text';

/** Meta descriptions are cut to this length, about what search results show. */
export const DESCRIPTION_LIMIT = 155;

/** Everything the `<head>` says about a page. */
export interface PageMeta {
  title: string;
  description: string;
  /** Absolute URL of the page; none for a page that has no URL of its own (the 404 page). */
  canonical?: string;
  /** Open Graph type. */
  type: 'website' | 'product';
  image?: { url: string; alt: string };
  /** A product's price for Open Graph (`product:price:*`): the lowest it sells at; none without a price. */
  price?: { amount: string; currency: string };
  /** Keep the page out of search indexes (the 404 page). */
  noindex?: boolean;
}

/** A BCP 47 locale (`en-US`, as BigCommerce writes it) as Open Graph does: `en_US`, or `fr` alone. */
export function ogLocale(locale: string): string {
  let tag = ogLocales.get(locale);
  if (tag === undefined) {
    const { language, region } = new Intl.Locale(locale);
    tag = region ? `${language}_${region}` : language;
    ogLocales.set(locale, tag);
  }
  return tag;
}

// Every page's head asks, and parsing a locale costs more than the rest of the head.
const ogLocales = new Map<string, string>();

/** Absolute URL of a path on the site. */
export function canonicalUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** The merchant's page title, else `Name - Store`; later pages of a listing say their number. */
export function pageTitle(seoTitle: string, name: string, storeName: string, page = 1): string {
  const base = seoTitle.trim() || `${name} - ${storeName}`;
  return page > 1 ? `${base} (page ${page})` : base;
}

/** The merchant's meta description, else the plain text, else `fallback`, cut once at a word boundary. */
export function metaDescription(seoDescription: string, plainText: string, fallback: string): string {
  const chosen = seoDescription.trim() || plainText.trim() || fallback;
  return truncateText(chosen, DESCRIPTION_LIMIT);
}

function social(image: Image | undefined, fallbackAlt: string): PageMeta['image'] {
  return image ? { url: socialImageUrl(image), alt: image.alt.trim() || fallbackAlt } : undefined;
}

/** A product, category or brand page, as far as its head is concerned. */
interface CatalogPage {
  name: string;
  seo: MerchantSeo;
  image?: Image;
  /** The page's own path (a listing's later pages have theirs). */
  path: string;
  page: number;
  type: PageMeta['type'];
  /** The plain text of the record's description, for when the merchant wrote no meta description. */
  text: string;
  /** The sentence that describes the page when there is no text either. */
  sentence: string;
}

/** The one place the merchant's SEO fields meet their fallbacks. */
function catalogMeta(page: CatalogPage, storeName: string, site: URL | string): PageMeta {
  return {
    title: pageTitle(page.seo.pageTitle, page.name, storeName, page.page),
    description: metaDescription(page.seo.metaDescription, page.text, page.sentence),
    canonical: canonicalUrl(page.path, site),
    type: page.type,
    image: social(page.image, page.name),
  };
}

/** Meta for a product page. */
export function productMeta(product: Product, storeName: string, site: URL | string): PageMeta {
  const [image] = product.images;
  const sentence = `${product.name} at ${storeName}.`;
  const page = { ...product, image, page: 1, type: 'product' as const, text: product.plainDescription };
  const meta = catalogMeta({ ...page, sentence }, storeName, site);
  if (!product.prices) return meta;
  const lowest = product.prices.range?.min ?? product.prices.price;
  return { ...meta, price: { amount: toDecimalString(lowest), currency: lowest.currency } };
}

/** Meta for one page of a category listing. */
export function categoryMeta(
  category: Category,
  pagination: Pagination,
  path: string,
  storeName: string,
  site: URL | string,
): PageMeta {
  const text = htmlToText(category.descriptionHtml);
  const sentence = `Shop ${category.name} at ${storeName}.`;
  const page = { ...category, path, page: pagination.current, type: 'website' as const };
  return catalogMeta({ ...page, text, sentence }, storeName, site);
}

/** Meta for one page of a brand listing. */
export function brandMeta(
  brand: Brand,
  pagination: Pagination,
  path: string,
  storeName: string,
  site: URL | string,
): PageMeta {
  const sentence = `Shop ${brand.name} products at ${storeName}.`;
  const page = { ...brand, path, page: pagination.current, type: 'website' as const };
  return catalogMeta({ ...page, text: '', sentence }, storeName, site);
}

/** One of the site's own pages: home (no name: the store's name alone), brands index, cart, 404. */
export interface SitePage {
  /** The page's name, shown as `Name - Store`; none for the home page. */
  name?: string;
  storeName: string;
  description: string;
  /** The page's path; none for a page with no URL of its own (the 404 page), which gets no canonical URL. */
  path?: string;
  site: URL | string;
  /** Keep the page out of search indexes (the 404 page; a path `isIndexable` refuses is kept out too). */
  noindex?: boolean;
}

/** Meta for one of the site's own pages, with the same title rule as catalog pages. */
export function sitePageMeta(page: SitePage): PageMeta {
  return {
    title: page.name ? pageTitle('', page.name, page.storeName) : page.storeName,
    description: truncateText(page.description, DESCRIPTION_LIMIT),
    ...(page.path ? { canonical: canonicalUrl(page.path, page.site) } : {}),
    type: 'website',
    ...(page.noindex || (page.path && !isIndexable(page.path)) ? { noindex: true } : {}),
  };
}
