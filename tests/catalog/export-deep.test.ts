import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleStore } from '../../local-store/data/sample';
import type { CategoryRecord, ImageRecord, ProductRecord, StoreData } from '../../local-store/data/types';
import { exportCatalog, type CatalogExport } from '../../src/lib/catalog/export';
import { startStore, testClient, type TestStore } from './local-store';

const TWELVE = Array.from({ length: 12 }, (_, i) => i);

/** The sample store plus one product whose every list overflows its first page, and a 12-level branch. */
function deepStore(): { data: StoreData; product: ProductRecord; chain: CategoryRecord[] } {
  const data = sampleStore();
  const chain: CategoryRecord[] = [];
  let parent: CategoryRecord | null = null;
  for (const level of TWELVE) {
    const category: CategoryRecord = {
      entityId: 900_000 + level,
      parentId: parent?.entityId ?? null,
      name: `Level ${level + 1}`,
      path: `${parent?.path ?? '/'}level-${level + 1}/`,
      description: '',
      sortOrder: 999,
      seo: { pageTitle: '', metaDescription: '' },
    };
    data.categories.push(category);
    chain.push(category);
    parent = category;
  }
  const product = data.products.find((candidate) => candidate.isVisible && candidate.variants.length === 1)!;
  const picture = (i: number): ImageRecord => ({
    entityId: 910_000 + i,
    altText: `View ${i}`,
    isDefault: false,
    hue: i * 20,
    width: 800,
    height: 800,
    fileName: `view-${i}`,
  });
  product.images.push(...TWELVE.map(picture));
  product.customFields.push(
    ...TWELVE.map((i) => ({ entityId: 920_000 + i, name: `Spec ${i}`, value: `${i}` })),
  );
  product.categoryIds = chain.map((category) => category.entityId);
  product.relatedProductIds = data.products
    .filter((candidate) => candidate.isVisible && candidate.entityId !== product.entityId)
    .slice(0, 12)
    .map((candidate) => candidate.entityId);
  product.options.push({
    kind: 'MultipleChoice',
    entityId: 930_000,
    displayName: 'Engraving font',
    isRequired: false,
    isVariantOption: false,
    displayStyle: 'DropdownList',
    values: Array.from({ length: 60 }, (_, i) => ({
      entityId: 931_000 + i,
      label: `Font ${i}`,
      isDefault: i === 0,
    })),
  });
  for (const i of TWELVE) {
    product.options.push({
      kind: 'TextField',
      entityId: 940_000 + i,
      displayName: `Line ${i}`,
      isRequired: false,
    });
  }
  return { data, product, chain };
}

describe('exportCatalog pages past the first page of every list', () => {
  const { data, product, chain } = deepStore();
  let store: TestStore;
  let catalog: CatalogExport;

  beforeAll(async () => {
    store = await startStore(data);
    catalog = await exportCatalog(testClient(store).client);
  });
  afterAll(() => store?.stop());

  const exported = () => catalog.products.find((candidate) => candidate.id === product.entityId)!;

  it('keeps every image, custom field, category and related product', () => {
    expect(exported().images).toHaveLength(product.images.length);
    expect(exported().customFields).toHaveLength(product.customFields.length);
    expect(exported().categoryIds).toEqual(chain.map((category) => category.entityId));
    expect(exported().relatedIds).toEqual(product.relatedProductIds);
  });

  it('keeps every option and all 60 values of one option', () => {
    expect(exported().options.map((option) => option.id)).toEqual(
      product.options.map((option) => option.entityId),
    );
    const font = exported().options.find((option) => option.id === 930_000);
    expect(font?.kind === 'multiple-choice' && font.values.map((value) => value.label)).toEqual(
      Array.from({ length: 60 }, (_, i) => `Font ${i}`),
    );
  });

  it('follows a category branch deeper than one tree request reaches', () => {
    const deepest = catalog.categories.find((category) => category.id === chain.at(-1)!.entityId);
    expect(deepest).toMatchObject({ depth: 12, parentId: chain.at(-2)!.entityId, path: chain.at(-1)!.path });
    expect(catalog.categories).toHaveLength(data.categories.length);
  });
});
