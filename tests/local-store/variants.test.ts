import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStore } from '../../local-store/index';
import { ids } from './fixture';
import { productFields, startFixtureStore } from './helpers';

type Edge<T> = { node: T };

describe('local store variants and options', () => {
  let store: LocalStore;
  beforeAll(async () => {
    store = await startFixtureStore();
  });
  afterAll(() => store.stop());

  const product = (args: string, fields: string) => productFields(store, args, fields);

  it('reflects variant price and sale overrides on variants', async () => {
    const { variants } = await product(
      'entityId: 1',
      'variants { edges { node { entityId sku isPurchasable prices { price { value } salePrice { value } basePrice { value } } } } }',
    );
    const bySku = Object.fromEntries(
      variants.edges.map((edge: Edge<{ sku: string }>) => [edge.node.sku, edge.node]),
    );
    expect(bySku['TERR-S-CLR'].prices).toEqual({
      price: { value: 80 },
      salePrice: null,
      basePrice: { value: 80 },
    });
    expect(bySku['TERR-S-SMK'].prices).toEqual({
      price: { value: 70 },
      salePrice: { value: 70 },
      basePrice: { value: 80 },
    });
    expect(bySku['TERR-L-CLR'].prices.price.value).toBe(120);
    expect(bySku['TERR-L-SMK'].isPurchasable).toBe(false);
  });

  it('serves the GTIN, MPN and UPC a variant has, and null for those it lacks', async () => {
    const { variants } = await product(
      'entityId: 1',
      'variants(entityIds: [201, 203]) { edges { node { sku gtin mpn upc } } }',
    );
    expect(variants.edges.map((edge: Edge<unknown>) => edge.node)).toEqual([
      { sku: 'TERR-S-CLR', gtin: null, mpn: null, upc: null },
      { sku: 'TERR-L-CLR', gtin: '4006381333931', mpn: 'T-L-C', upc: '036000291452' },
    ]);
  });

  it('pages variants 10 at a time, reaching all 12 with the cursor', async () => {
    const first = await product(
      `entityId: ${ids.rope}`,
      'variants { pageInfo { hasNextPage endCursor } edges { node { sku } } }',
    );
    expect(first.variants.edges).toHaveLength(10);
    expect(first.variants.pageInfo.hasNextPage).toBe(true);
    const rest = await product(
      `entityId: ${ids.rope}`,
      `variants(after: "${first.variants.pageInfo.endCursor}") { pageInfo { hasNextPage } edges { node { sku } } }`,
    );
    expect(rest.variants.edges.map((edge: Edge<{ sku: string }>) => edge.node.sku)).toEqual([
      'ROPE-11',
      'ROPE-12',
    ]);
    expect(rest.variants.pageInfo.hasNextPage).toBe(false);
    const images = await product(`entityId: ${ids.rope}`, 'images { edges { node { url(width: 10) } } }');
    expect(images.images.edges).toHaveLength(10);
  });

  it('describes variant options, inventory and images', async () => {
    const { variants } = await product(
      'entityId: 1',
      `variants(entityIds: [203]) { edges { node {
        inventory { isInStock aggregated { availableToSell } }
        defaultImage { urlOriginal }
        options { edges { node { displayName values { edges { node { label } } } } } }
        productOptions { edges { node { displayName ... on MultipleChoiceOption { values { edges { node { label isSelected } } } } } } }
      } } }`,
    );
    const variant = variants.edges[0].node;
    expect(variant.inventory).toEqual({ isInStock: true, aggregated: { availableToSell: 2 } });
    expect(variant.defaultImage.urlOriginal).toMatch(/\/products\/1\/12\/orbit-terrarium-side\.png$/);
    expect(variant.options.edges.map((edge: Edge<{ displayName: string }>) => edge.node.displayName)).toEqual(
      ['Size', 'Glass'],
    );
    expect(variant.productOptions.edges[0].node.values.edges).toEqual([
      { node: { label: 'Large', isSelected: true } },
    ]);
  });

  it('lists every option kind with BigCommerce’s types', async () => {
    const terrarium = await product(
      'entityId: 1',
      `productOptions { edges { node { __typename entityId displayName isRequired isVariantOption
        ... on MultipleChoiceOption { displayStyle values { edges { node { __typename label isDefault ... on SwatchOptionValue { hexColors } } } } }
        ... on CheckboxOption { label checkedOptionValueEntityId } } } }`,
    );
    const options = terrarium.productOptions.edges.map((edge: Edge<Record<string, unknown>>) => edge.node);
    expect(options.map((option: { __typename: string }) => option.__typename)).toEqual([
      'MultipleChoiceOption',
      'MultipleChoiceOption',
      'CheckboxOption',
      'MultipleChoiceOption',
    ]);
    expect(options[1].values.edges[1].node).toEqual({
      __typename: 'SwatchOptionValue',
      label: 'Smoke',
      isDefault: false,
      hexColors: ['#616161'],
    });
    expect(options[2]).toMatchObject({
      isVariantOption: false,
      label: 'Wrap it',
      checkedOptionValueEntityId: 1031,
    });
    const planter = await product(
      `entityId: ${ids.planter}`,
      `productOptions { edges { node { __typename isRequired
        ... on TextFieldOption { minLength maxLength } ... on NumberFieldOption { lowest highest isIntegerOnly limitNumberBy } } } }`,
    );
    expect(planter.productOptions.edges.map((edge: Edge<unknown>) => edge.node)).toEqual([
      { __typename: 'TextFieldOption', isRequired: true, minLength: 2, maxLength: 20 },
      {
        __typename: 'NumberFieldOption',
        isRequired: false,
        lowest: 0,
        highest: 5,
        isIntegerOnly: true,
        limitNumberBy: 'RANGE',
      },
    ]);
  });

  it('selects a variant from option values, a variant id, a SKU or the defaults', async () => {
    const fields = 'sku prices { price { value } } inventory { isInStock aggregated { availableToSell } }';
    const byValues = await product(
      'entityId: 1, optionValueIds: [{ optionEntityId: 101, valueEntityId: 1012 }, { optionEntityId: 102, valueEntityId: 1021 }]',
      fields,
    );
    expect(byValues).toEqual({
      sku: 'TERR-L-CLR',
      prices: { price: { value: 120 } },
      inventory: { isInStock: true, aggregated: { availableToSell: 2 } },
    });
    const byVariant = await product('variantEntityId: 202', fields);
    expect(byVariant).toMatchObject({ sku: 'TERR-S-SMK', inventory: { isInStock: false } });
    expect((await product('sku: "TERR-L-SMK"', 'entityId sku')).sku).toBe('TERR-L-SMK');
    expect((await product('sku: "SKU-2"', 'name')).name).toBe('Brass Mister');
    expect((await product('entityId: 1, useDefaultOptionSelections: true', 'sku')).sku).toBe('TERR-S-CLR');
    expect(await product('entityId: 2, variantEntityId: 201', 'sku')).toBeNull();
    expect(await product(`entityId: ${ids.hidden}`, 'sku')).toBeNull();
  });

  it('marks chosen option values as selected', async () => {
    const found = await product(
      'entityId: 1, optionValueIds: [{ optionEntityId: 101, valueEntityId: 1012 }]',
      'productOptions(first: 1) { edges { node { ... on MultipleChoiceOption { values { edges { node { label isSelected } } } } } } }',
    );
    expect(found.productOptions.edges[0].node.values.edges.map((edge: Edge<unknown>) => edge.node)).toEqual([
      { label: 'Small', isSelected: false },
      { label: 'Large', isSelected: true },
    ]);
  });
});
