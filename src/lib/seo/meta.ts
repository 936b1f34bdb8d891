/** Titles, descriptions and canonical URLs for every page type. */
import { htmlToText } from '../catalog/sanitise';
import type { Brand, Category, Image, Product } from '../catalog/schema';
import { socialImageUrl } from '../images';
import type { Pagination } from '../routes/pagination';
import { truncateText } from './text';

/** Meta descriptions are cut to this length, about what search results show. */
export const DESCRIPTION_LIMIT = 155;

/** Everything the `<head>` says about a page. */
export interface PageMeta {
  title: string;
  description: string;
  canonical: string;
  /** Open Graph type. */
  type: 'website' | 'product';
  image?: { url: string; alt: string };
  /** Keep the page out of search indexes (the 404 page). */
  noindex?: boolean;
}

/** Absolute URL of a path on the site. */
export function canonicalUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** The merchant's SEO title, else `Name - Store`; later pages of a listing say their number. */
export function pageTitle(seoTitle: string, name: string, storeName: string, page = 1): string {
  const base = seoTitle.trim() || `${name} - ${storeName}`;
  return page > 1 ? `${base} (page ${page})` : base;
}

/** The merchant's meta description, else the plain text cut to length, else `fallback`. */
export function metaDescription(seoDescription: string, plainText: string, fallback: string): string {
  const chosen = seoDescription.trim() || plainText.trim() || fallback;
  return truncateText(chosen, DESCRIPTION_LIMIT);
}

function social(image: Image | undefined, fallbackAlt: string): PageMeta['image'] {
  return image ? { url: socialImageUrl(image), alt: image.alt.trim() || fallbackAlt } : undefined;
}

/** Meta for a product page. */
export function productMeta(product: Product, storeName: string, site: URL | string): PageMeta {
  return {
    title: pageTitle(product.seo.title, product.name, storeName),
    description: metaDescription(
      product.seo.description,
      product.plainDescription,
      `${product.name} at ${storeName}.`,
    ),
    canonical: canonicalUrl(product.path, site),
    type: 'product',
    image: social(product.images[0], product.name),
  };
}

/** Meta for one page of a category listing. */
export function categoryMeta(
  category: Category,
  pagination: Pagination,
  path: string,
  storeName: string,
  site: URL | string,
): PageMeta {
  return {
    title: pageTitle(category.seo.title, category.name, storeName, pagination.current),
    description: metaDescription(
      category.seo.description,
      htmlToText(category.descriptionHtml),
      `Shop ${category.name} at ${storeName}.`,
    ),
    canonical: canonicalUrl(path, site),
    type: 'website',
    image: social(category.image, category.name),
  };
}

/** Meta for one page of a brand listing. */
export function brandMeta(
  brand: Brand,
  pagination: Pagination,
  path: string,
  storeName: string,
  site: URL | string,
): PageMeta {
  return {
    title: pageTitle(brand.seo.title, brand.name, storeName, pagination.current),
    description: metaDescription(brand.seo.description, '', `Shop ${brand.name} products at ${storeName}.`),
    canonical: canonicalUrl(path, site),
    type: 'website',
    image: social(brand.image, brand.name),
  };
}

/** Meta for a page with fixed text (home, brands index, 404). */
export function simpleMeta(title: string, description: string, path: string, site: URL | string): PageMeta {
  return {
    title,
    description: truncateText(description, DESCRIPTION_LIMIT),
    canonical: canonicalUrl(path, site),
    type: 'website',
  };
}
