/** schema.org structured data: `Product` with offers and rating, and `BreadcrumbList`. */
import type { Product } from '../catalog/schema';
import { productStock, stockState } from '../catalog/stock';
import { imageUrl } from '../images';
import { toDecimalString } from '../money';
import type { Crumb } from '../routes/breadcrumbs';
import { schemaAvailability } from './availability';
import { canonicalUrl } from './meta';
import { truncateText } from './text';

type JsonLd = Record<string, unknown>;

/** `Offer` for one price, `AggregateOffer` when variants span a range; none without prices. */
export function productOffers(product: Product, url: string): JsonLd | undefined {
  if (!product.prices) return undefined;
  const { price, range } = product.prices;
  const availability = schemaAvailability(stockState(productStock(product)));
  if (range && range.min.amount !== range.max.amount) {
    return {
      '@type': 'AggregateOffer',
      url,
      priceCurrency: range.min.currency,
      lowPrice: toDecimalString(range.min),
      highPrice: toDecimalString(range.max),
      offerCount: Math.max(product.variants.length, 1),
      availability,
    };
  }
  return {
    '@type': 'Offer',
    url,
    priceCurrency: price.currency,
    price: toDecimalString(price),
    availability,
  };
}

/** The `Product` object for a product page. */
export function productJsonLd(product: Product, site: URL | string): JsonLd {
  const url = canonicalUrl(product.path, site);
  const data: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    url,
    sku: product.sku,
  };
  const description = truncateText(product.plainDescription, 5000);
  if (description) data.description = description;
  if (product.images.length) data.image = product.images.map((image) => imageUrl(image.urlTemplate, '1280w'));
  if (product.brand) data.brand = { '@type': 'Brand', name: product.brand.name };
  const offers = productOffers(product, url);
  if (offers) data.offers = offers;
  if (product.rating && product.rating.count > 0) {
    data.aggregateRating = {
      '@type': 'AggregateRating',
      ratingValue: Math.round(product.rating.average * 10) / 10,
      reviewCount: product.rating.count,
      bestRating: 5,
      worstRating: 1,
    };
  }
  return data;
}

/** The `BreadcrumbList` for a trail, each step with its absolute URL. */
export function breadcrumbJsonLd(crumbs: readonly Crumb[], site: URL | string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: canonicalUrl(crumb.path, site),
    })),
  };
}
