import { describe, expect, it } from 'vitest';
import type { ApiCategoryTreeItem } from '../../src/lib/catalog/api-types';
import { normaliseCategoryTree } from '../../src/lib/catalog/normalise/category';
import type { ApiStoreSettings } from '../../src/lib/catalog/api-types';
import { normaliseSettings } from '../../src/lib/catalog/normalise/settings';

const item = (entityId: number, name: string, path: string, children: ApiCategoryTreeItem[] = []) => ({
  entityId,
  name,
  path,
  description: `<p onclick="x()">All ${name.toLowerCase()}</p>`,
  hasChildren: children.length > 0,
  image: null,
  children,
});

describe('normaliseCategoryTree', () => {
  const tree = [
    item(1, 'Kitchen', '/kitchen/', [
      item(2, 'Pots', '/kitchen/pots/', [item(3, 'Lids', '/kitchen/pots/lids/')]),
      item(4, 'Pans', '/kitchen/pans/'),
    ]),
    item(5, 'Garden', '/garden/'),
  ];

  it('flattens the tree depth-first with parents, depths and children in order', () => {
    const categories = normaliseCategoryTree(tree, new Map());
    expect(
      categories.map(({ id, parentId, depth, childIds }) => ({ id, parentId, depth, childIds })),
    ).toEqual([
      { id: 1, parentId: null, depth: 1, childIds: [2, 4] },
      { id: 2, parentId: 1, depth: 2, childIds: [3] },
      { id: 3, parentId: 2, depth: 3, childIds: [] },
      { id: 4, parentId: 1, depth: 2, childIds: [] },
      { id: 5, parentId: null, depth: 1, childIds: [] },
    ]);
  });

  it('sanitises descriptions and keeps only the SEO fields the merchant set, trimmed', () => {
    const seo = new Map([
      [1, { pageTitle: 'Kitchen', metaDescription: '' }],
      [2, { pageTitle: ' Cooking pots ', metaDescription: 'Pots for every hob ' }],
    ]);
    const [kitchen, pots, lids] = normaliseCategoryTree(tree, seo);
    expect(kitchen.descriptionHtml).toBe('<p>All kitchen</p>');
    // BigCommerce answers an unset page title with the name: that is no title of the merchant's.
    expect(kitchen.seo).toEqual({ pageTitle: '', metaDescription: '' });
    expect(pots.seo).toEqual({ pageTitle: 'Cooking pots', metaDescription: 'Pots for every hob' });
    expect(lids.seo).toEqual({ pageTitle: '', metaDescription: '' });
  });
});

describe('normaliseSettings', () => {
  const textLogo = { __typename: 'StoreTextLogo' } as const;
  const reply = (
    codes: [string, number][],
    logoV2: NonNullable<ApiStoreSettings['site']['settings']>['logoV2'] = textLogo,
  ) => ({
    site: {
      settings: {
        storeName: 'Orbit',
        storeHash: 'abc123',
        logoV2,
        url: { vanityUrl: 'https://x', checkoutUrl: null },
      },
      currencies: {
        edges: codes.map(([code, exchangeRate]) => ({
          node: { code, isActive: true, isTransactional: true, exchangeRate, display: { decimalPlaces: 2 } },
        })),
      },
      featuredProducts: { edges: [{ node: { entityId: 4 } }] },
      newestProducts: { edges: null },
    },
  });

  it('takes the currency prices come in, with its ISO minor units', () => {
    const settings = normaliseSettings(
      reply([
        ['EUR', 0.9],
        ['JPY', 150],
      ]),
      'JPY',
    );
    expect(settings.currency).toEqual({ code: 'JPY', decimalPlaces: 0 });
    expect(settings.featuredIds).toEqual([4]);
    expect(settings.newestIds).toEqual([]);
    expect(settings.checkoutUrl).toBeUndefined();
  });

  it('keeps an image logo, with the store name as its alt text when it has none, and no text logo', () => {
    const image = {
      urlTemplate: 'https://cdn.example/images/stencil/{:size}/logo.png',
      altText: '',
      isDefault: true,
    };
    const withLogo = normaliseSettings(reply([['USD', 1]], { __typename: 'StoreImageLogo', image }), 'USD');
    expect(withLogo.logo).toEqual({ urlTemplate: image.urlTemplate, alt: 'Orbit' });
    expect(normaliseSettings(reply([['USD', 1]]), 'USD')).not.toHaveProperty('logo');
  });

  it('falls back to the currency at exchange rate 1 when no product has a price', () => {
    expect(
      normaliseSettings(
        reply([
          ['EUR', 0.9],
          ['KWD', 1],
        ]),
        undefined,
      ).currency,
    ).toEqual({ code: 'KWD', decimalPlaces: 3 });
  });
});
