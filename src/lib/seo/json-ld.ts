/**
 * schema.org structured data: a product as a `ProductGroup` of its variants or a single `Product`, the
 * `BreadcrumbList`, and the home page's `Organization` and `WebSite`.
 */
import type { Product, Settings } from '../catalog/schema';
import { productStock, stockState } from '../catalog/stock';
import { imageUrl } from '../images';
import { toDecimalString } from '../money';
import type { Crumb } from '../routes/breadcrumbs';
import { schemaAvailability } from './availability';
import { canonicalUrl } from './meta';
import { truncateText } from './text';
import { identifiersJsonLd, itemCondition, variantAxes, variantsJsonLd, variesBy } from './variant-json-ld';

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
      ...itemCondition(product),
    };
  }
  return {
    '@type': 'Offer',
    url,
    priceCurrency: price.currency,
    price: toDecimalString(price),
    availability,
    ...itemCondition(product),
  };
}

function aggregateRating(product: Product): JsonLd | undefined {
  if (!product.rating || product.rating.count <= 0) return undefined;
  return {
    '@type': 'AggregateRating',
    ratingValue: Math.round(product.rating.average * 10) / 10,
    reviewCount: product.rating.count,
    bestRating: 5,
    worstRating: 1,
  };
}

/**
 * A product page's markup: a `ProductGroup` with a `Product` per priced variant when it has several,
 * else one `Product`. None when Google's rules could not accept it as it stands (no image, or neither a
 * price nor a rating): the page then carries its breadcrumbs alone, and nothing is made up to pass.
 */
export function productJsonLd(product: Product, site: URL | string): JsonLd | undefined {
  const rating = aggregateRating(product);
  if (product.images.length === 0 || (!product.prices && !rating)) return undefined;
  const url = canonicalUrl(product.path, site);
  const description = truncateText(product.plainDescription, 5000);
  const shared: JsonLd = {
    name: product.name,
    url,
    ...(description ? { description } : {}),
    image: product.images.map((image) => imageUrl(image.urlTemplate, '1280w')),
    ...(product.brand ? { brand: { '@type': 'Brand', name: product.brand.name } } : {}),
    ...(rating ? { aggregateRating: rating } : {}),
  };
  const variants = product.variants.length > 1 ? variantsJsonLd(product, url) : [];
  if (variants.length) {
    const axes = variantAxes(product);
    return {
      '@context': 'https://schema.org',
      '@type': 'ProductGroup',
      ...shared,
      productGroupID: product.sku,
      variesBy: variesBy(axes),
      hasVariant: variants,
    };
  }
  // A product without variant options keeps its identifiers on its one (base) variant too.
  const only = product.variants.length === 1 ? product.variants[0] : undefined;
  const offers = productOffers(product, url);
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    ...shared,
    sku: product.sku,
    ...identifiersJsonLd({
      gtin: product.gtin ?? only?.gtin,
      upc: product.upc ?? only?.upc,
      mpn: product.mpn ?? only?.mpn,
    }),
    ...(offers ? { offers } : {}),
  };
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

/** The home page's `Organization` (with the store's image logo, when it has one) and `WebSite`. */
export function siteJsonLd(settings: Pick<Settings, 'storeName' | 'logo'>, site: URL | string): JsonLd[] {
  const url = canonicalUrl('/', site);
  const organization = `${url}#organization`;
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'Organization',
      '@id': organization,
      name: settings.storeName,
      url,
      ...(settings.logo ? { logo: imageUrl(settings.logo.urlTemplate, '600w') } : {}),
    },
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      '@id': `${url}#website`,
      name: settings.storeName,
      url,
      publisher: { '@id': organization },
    },
  ];
}
