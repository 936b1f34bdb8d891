import { describe, expect, it } from 'vitest';
import {
  assertCatalogPage,
  catalogLookup,
  resolveCategory,
  resolveProduct,
  resolveProducts,
  UnknownCatalogReferenceError,
} from '../../src/lib/content/references';
import { brands, categories, products } from '../pages/fixture';

const lookup = catalogLookup({ products, categories, brands });
const site = { file: 'src/content/home/home.yaml', field: 'featuredProducts' };

describe('catalog references in content', () => {
  it('finds a product by SKU or by path', () => {
    expect(resolveProduct('SKU-101', lookup, site).name).toBe('Small pot');
    expect(resolveProduct('/medium-pot/', lookup, site).name).toBe('Medium pot');
  });

  it('fails on an unknown SKU, naming the file, the field and the value', () => {
    expect(() => resolveProducts(['SKU-101', 'NOPE-1'], lookup, site)).toThrow(
      'src/content/home/home.yaml: featuredProducts[1] refers to "NOPE-1", which is not a product SKU in the exported catalog',
    );
  });

  it('fails on an unknown product path', () => {
    expect(() => resolveProduct('/gone/', lookup, site)).toThrow(UnknownCatalogReferenceError);
    expect(() => resolveProduct('/gone/', lookup, site)).toThrow('"/gone/", which is not a product path');
  });

  it('does not take a category path for a product', () => {
    expect(() => resolveProduct('/kitchen/', lookup, site)).toThrow('not a product path');
  });

  it('finds categories by path and fails on an unknown one', () => {
    const field = { file: 'src/content/home/home.yaml', field: 'featuredCategories[0]' };
    expect(resolveCategory('/kitchen/pots/', lookup, field).name).toBe('Pots');
    expect(() => resolveCategory('/toys/', lookup, field)).toThrow(
      'featuredCategories[0] refers to "/toys/", which is not a category path',
    );
  });

  it('accepts any product, category or brand page for enrichment', () => {
    const field = { file: 'src/content/enrichment/x.md', field: 'path' };
    for (const path of ['/small-pot/', '/garden/', '/brands/ofs/']) {
      expect(() => assertCatalogPage(path, lookup, field)).not.toThrow();
    }
    expect(() => assertCatalogPage('/nowhere/', lookup, field)).toThrow(
      'src/content/enrichment/x.md: path refers to "/nowhere/"',
    );
  });
});
