import { describe, expect, it } from 'vitest';
import { bundleManifest, searchBundlePaths } from '../../src/lib/search/bundles';
import { bundleCount, bundleOf, bundlePath, isNestedBundleFolder } from '../../src/lib/search/index-layout';

describe('search bundles', () => {
  it('keeps a catalog up to the bundle size in one bundle, and splits a larger one', () => {
    expect(bundleCount(0)).toBe(1);
    expect(bundleCount(25_000)).toBe(1);
    expect(bundleCount(25_001)).toBe(2);
    expect(bundleCount(100_000)).toBe(4);
  });

  it("tells the other bundles' folders inside the first bundle's from Pagefind's own", () => {
    const first = bundlePath(0);
    const nested = [1, 2, 12].map((i) => bundlePath(i).slice(first.length).replace(/\/$/, ''));
    expect(nested.every(isNestedBundleFolder)).toBe(true);
    for (const own of ['fragment', 'index', 'filter', 'bundle-0', 'bundles.json']) {
      expect(isNestedBundleFolder(own), own).toBe(false);
    }
  });

  it('spreads records over the bundles by their URL, the same way every build', () => {
    const urls = Array.from({ length: 4000 }, (_, i) => `/product-${i}/`);
    const sizes = [0, 0, 0, 0];
    for (const url of urls) sizes[bundleOf(url, 4)]++;
    for (const size of sizes) expect(size).toBeGreaterThan(900);
    expect(urls.map((url) => bundleOf(url, 4))).toEqual(urls.map((url) => bundleOf(url, 4)));
    expect(bundleOf('/any/', 1)).toBe(0);
  });

  it('reads back the manifest it writes, and refuses paths outside the index', () => {
    expect(searchBundlePaths(bundleManifest(3))).toEqual([
      '/pagefind/',
      '/pagefind/bundle-1/',
      '/pagefind/bundle-2/',
    ]);
    expect(searchBundlePaths(bundleManifest(1))).toEqual(['/pagefind/']);
    expect(() => searchBundlePaths({ bundles: ['https://evil.example/pagefind/'] })).toThrow(/manifest/);
    expect(() => searchBundlePaths({ bundles: ['/pagefind/../x/'] })).toThrow(/manifest/);
    expect(() => searchBundlePaths(null)).toThrow(/manifest/);
  });
});
