import { describe, expect, it } from 'vitest';
import type { ApiCategoryTreeItem, ApiSeo } from '../../src/lib/catalog/api-types';
import { normaliseBrand } from '../../src/lib/catalog/normalise/brand';
import { normaliseCategoryTree } from '../../src/lib/catalog/normalise/category';
import { IssueLog } from '../../src/lib/catalog/report';
import { schemaAvailability } from '../../src/lib/seo/availability';
import { breadcrumbJsonLd, productJsonLd } from '../../src/lib/seo/json-ld';
import {
  brandMeta,
  categoryMeta,
  metaDescription,
  ogLocale,
  pageTitle,
  productMeta,
  sitePageMeta,
} from '../../src/lib/seo/meta';
import { serializeJsonForScript } from '../../src/lib/seo/safe-json';
import { truncateText } from '../../src/lib/seo/text';
import { index, normaliseProduct, rawProduct } from '../catalog/fixtures';
import { makeProduct, products } from './fixture';

const site = 'https://shop.example.com';
const usd = (amount: number) => ({ amount, currency: 'USD' });

describe('titles and descriptions', () => {
  it('uses the merchant’s SEO title as is, else the name and store', () => {
    expect(pageTitle('Buy pots online', 'Pots', 'Sample Store')).toBe('Buy pots online');
    expect(pageTitle('  ', 'Pots', 'Sample Store')).toBe('Pots - Sample Store');
    expect(pageTitle('', 'Pots', 'Sample Store', 2)).toBe('Pots - Sample Store (page 2)');
  });

  it('prefers the meta description, then the plain text cut to about 155 characters', () => {
    expect(metaDescription('Hand-thrown pots.', 'Long text', 'fallback')).toBe('Hand-thrown pots.');
    const long = 'word '.repeat(80);
    const cut = metaDescription('', long, 'fallback');
    expect(cut.length).toBeLessThanOrEqual(155);
    expect(cut.endsWith('word…')).toBe(true);
    expect(metaDescription('', ' ', 'Pots at Sample Store.')).toBe('Pots at Sample Store.');
  });

  it('writes the locale as Open Graph does', () => {
    expect(ogLocale('en-US')).toBe('en_US');
    expect(ogLocale('pt-BR')).toBe('pt_BR');
    expect(ogLocale('fr')).toBe('fr');
  });

  it('gives product meta the lowest price for Open Graph, and none without a price', () => {
    expect(productMeta(products[0], 'Sample Store', site).price).toEqual({
      amount: '19.99',
      currency: 'USD',
    });
    const range = { price: usd(2500), range: { min: usd(1000), max: usd(2500) } };
    expect(productMeta(makeProduct({ id: 2, prices: range }), 'Sample Store', site).price).toEqual({
      amount: '10.00',
      currency: 'USD',
    });
    expect(productMeta(makeProduct({ id: 3, prices: null }), 'Sample Store', site)).not.toHaveProperty(
      'price',
    );
  });

  it('builds product meta with canonical URL and a 1200w social image', () => {
    const meta = productMeta(products[0], 'Sample Store', site);
    expect(meta).toMatchObject({
      title: 'Product 1 - Sample Store',
      description: 'About Product 1.',
      canonical: 'https://shop.example.com/product-1/',
      type: 'product',
    });
    expect(meta.image?.url).toBe('https://cdn.example/images/stencil/1200w/p1.jpg');
  });

  it('gives a page with no URL of its own (the 404 page) no canonical URL', () => {
    const notFound = sitePageMeta({
      name: 'Page not found',
      storeName: 'Sample Store',
      description: 'Not here.',
      site,
    });
    expect(notFound).not.toHaveProperty('canonical');
    const brands = sitePageMeta({
      name: 'Brands',
      storeName: 'Sample Store',
      description: 'All.',
      path: '/brands/',
      site,
    });
    expect(brands.canonical).toBe('https://shop.example.com/brands/');
  });

  it("titles the site's own pages as catalog pages are titled, and the home page by the store alone", () => {
    const page = { storeName: 'Sample Store', description: 'Hello.', path: '/', site };
    expect(sitePageMeta(page).title).toBe('Sample Store');
    expect(sitePageMeta({ ...page, name: 'Your cart', path: '/cart/' })).toMatchObject({
      title: 'Your cart - Sample Store',
      noindex: true,
    });
    expect(sitePageMeta({ ...page, name: 'Brands' })).toMatchObject({
      title: pageTitle('', 'Brands', 'Sample Store'),
    });
    expect(sitePageMeta(page)).not.toHaveProperty('noindex');
  });
});

describe('meta from the API record, through the normaliser', () => {
  const store = 'Sample Store';
  const firstPage = { current: 1, total: 1, itemCount: 3, from: 1, to: 3 };
  const brand = (seo: ApiSeo) =>
    normaliseBrand({ entityId: 3, name: 'Oak', path: '/brands/oak/', defaultImage: null, seo });
  const category = (description: string, seo?: ApiSeo) => {
    const item: ApiCategoryTreeItem = {
      entityId: 1,
      name: 'Kitchen',
      path: '/kitchen/',
      description,
      hasChildren: false,
      image: null,
    };
    return normaliseCategoryTree([item], new Map(seo ? [[1, seo]] : []));
  };
  const product = (patch: Parameters<typeof rawProduct>[0]) =>
    normaliseProduct(rawProduct(patch), index, new IssueLog());

  it('titles a brand without a page title "Name - Store", though BigCommerce answers it with the name', () => {
    for (const pageTitle of ['Oak', '', ' Oak ']) {
      const meta = brandMeta(
        brand({ pageTitle, metaDescription: '' }),
        firstPage,
        '/brands/oak/',
        store,
        site,
      );
      expect(meta.title).toBe('Oak - Sample Store');
      expect(meta.description).toBe('Shop Oak products at Sample Store.');
    }
  });

  it('uses the page title and meta description the merchant typed, as typed', () => {
    const oak = brand({ pageTitle: ' Oak furniture | Sample ', metaDescription: 'Solid oak, oiled. ' });
    const meta = brandMeta(oak, { ...firstPage, current: 2, total: 2 }, '/brands/oak/page/2/', store, site);
    expect(meta).toMatchObject({
      title: 'Oak furniture | Sample (page 2)',
      description: 'Solid oak, oiled.',
    });
  });

  it('titles a product without a page title "Name - Store" and describes it from its description', () => {
    const orbit = product((raw) => {
      raw.details.seo = { pageTitle: 'Orbit Terrarium', metaDescription: '' };
      raw.details.description =
        '<p>Hand&#8209;blown glass&nbsp;&amp; oak.</p><ul><li>Holds 2&nbsp;L</li></ul>';
    });
    expect(productMeta(orbit, store, site)).toMatchObject({
      title: 'Orbit Terrarium - Sample Store',
      description: 'Hand‑blown glass & oak. Holds 2 L',
    });
  });

  it('cuts a long description once, at a word boundary, and keeps the whole text in the model', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const long = product((raw) => {
      raw.details.description = `<p>${words}</p>`;
    });
    expect(long.plainDescription).toBe(words);
    const { description } = productMeta(long, store, site);
    expect(description.length).toBeLessThanOrEqual(155);
    expect(description).toMatch(/^(word\d+ )+word\d+…$/);
    expect(words.startsWith(description.slice(0, -1))).toBe(true);
  });

  it('describes a category from its HTML text, else with a sentence, and numbers later pages', () => {
    const [kitchen] = category('<p>Pots &amp; pans<br>for <b>every</b> caf&eacute;.</p>', {
      pageTitle: 'Kitchen',
      metaDescription: '',
    });
    const pagination = { current: 2, total: 3, itemCount: 60, from: 25, to: 48 };
    const meta = categoryMeta(kitchen, pagination, '/kitchen/page/2/', store, site);
    expect(meta).toMatchObject({
      title: 'Kitchen - Sample Store (page 2)',
      description: 'Pots & pans for every café.',
      canonical: 'https://shop.example.com/kitchen/page/2/',
    });
    const [bare] = category('');
    expect(categoryMeta(bare, firstPage, '/kitchen/', store, site)).toMatchObject({
      title: 'Kitchen - Sample Store',
      description: 'Shop Kitchen at Sample Store.',
    });
  });
});

describe('truncateText', () => {
  it('cuts at a word boundary', () => {
    expect(truncateText('The quick brown fox jumps', 16)).toBe('The quick brown…');
    expect(truncateText('short', 16)).toBe('short');
  });
});

describe('serializeJsonForScript', () => {
  const hostile = makeProduct({ id: 666, name: '</script><script>alert(1)</script>' });

  it('cannot be broken out of by a product named </script>', () => {
    const json = serializeJsonForScript(productJsonLd(hostile, site));
    expect(json).not.toMatch(/[<>]/);
    expect(json).not.toContain('</script');
    expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script>');
  });

  it('escapes &, HTML comment openers and the JavaScript line separators', () => {
    const value = { text: 'a & b <!-- c \u2028 d \u2029' };
    const json = serializeJsonForScript(value);
    expect(json).toBe('{"text":"a \\u0026 b \\u003c!-- c \\u2028 d \\u2029"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('productJsonLd', () => {
  it('gives a single price an Offer with currency, availability and SKU', () => {
    const data = productJsonLd(
      makeProduct({ id: 1, brand: { id: 1, name: 'OFS', path: '/brands/ofs/' } }),
      site,
    );
    expect(data).toMatchObject({
      '@type': 'Product',
      sku: 'SKU-1',
      brand: { '@type': 'Brand', name: 'OFS' },
      image: ['https://cdn.example/images/stencil/1280w/p1.jpg'],
      offers: {
        '@type': 'Offer',
        price: '19.99',
        priceCurrency: 'USD',
        availability: 'https://schema.org/InStock',
        url: 'https://shop.example.com/product-1/',
      },
    });
  });

  it('gives a price range an AggregateOffer', () => {
    const prices = { price: usd(1000), range: { min: usd(1000), max: usd(2500) } };
    const product = makeProduct({ id: 2, prices, variants: [] });
    expect(productJsonLd(product, site)!.offers).toMatchObject({
      '@type': 'AggregateOffer',
      lowPrice: '10.00',
      highPrice: '25.00',
      priceCurrency: 'USD',
    });
  });

  it('adds a rating only with reviews', () => {
    const unrated = productJsonLd(makeProduct({ id: 3, rating: { count: 0, average: 0 } }), site)!;
    expect(unrated.aggregateRating).toBeUndefined();
    const rated = productJsonLd(makeProduct({ id: 4, rating: { count: 12, average: 4.333 } }), site)!;
    expect(rated.aggregateRating).toMatchObject({ ratingValue: 4.3, reviewCount: 12 });
  });

  it('says preorder and out of stock in schema.org terms', () => {
    const preorder = makeProduct({
      id: 5,
      availability: { status: 'Preorder', description: '', releaseDate: '2027-01-15' },
    });
    expect(productJsonLd(preorder, site)!.offers).toMatchObject({
      availability: 'https://schema.org/PreOrder',
    });
    const soldOut = makeProduct({ id: 6, inStock: false, availableToSell: 0 });
    expect(productJsonLd(soldOut, site)!.offers).toMatchObject({
      availability: 'https://schema.org/OutOfStock',
    });
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the steps and makes their URLs absolute', () => {
    const data = breadcrumbJsonLd(
      [
        { name: 'Home', path: '/' },
        { name: 'Pots', path: '/kitchen/pots/' },
      ],
      site,
    );
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://shop.example.com/' },
      { '@type': 'ListItem', position: 2, name: 'Pots', item: 'https://shop.example.com/kitchen/pots/' },
    ]);
  });
});

describe('schemaAvailability', () => {
  it('names low stock as limited availability', () => {
    expect(schemaAvailability('low-stock')).toBe('https://schema.org/LimitedAvailability');
  });
});
