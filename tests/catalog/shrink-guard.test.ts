import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/lib/config';
import {
  judgeShrink,
  manifestOf,
  shrinkAllowedBy,
  shrinkLimitFrom,
  type CatalogManifest,
} from '../../src/lib/catalog/shrink-guard';

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ id: from + i }));
const manifest = (
  products: number,
  categories = 10,
  brands = 4,
  firstId = 1,
  source = 'store-a',
): CatalogManifest =>
  manifestOf(
    {
      products: range(firstId, products),
      categories: range(firstId, categories),
      brands: range(firstId, brands),
    },
    source,
  );

describe('judgeShrink', () => {
  it('lets the first build through, and normal growth and small losses', () => {
    expect(judgeShrink(undefined, manifest(3), 50, false)).toEqual({ ok: true, notes: [] });
    expect(judgeShrink(manifest(100), manifest(120), 50, false)).toEqual({ ok: true, notes: [] });
    const small = judgeShrink(manifest(100), manifest(60), 50, false);
    expect(small).toEqual({
      ok: true,
      notes: ['products: 100 in the last successful build, 60 now, 40 of those gone (40%)'],
    });
  });

  it('refuses a catalog that lost more than the limit, naming the numbers and the override', () => {
    const verdict = judgeShrink(manifest(100), manifest(30), 50, false);
    expect(verdict.ok).toBe(false);
    const message = (verdict as { message: string }).message;
    expect(message).toContain('CATALOG_SHRINK_LIMIT (50%)');
    expect(message).toContain('products: 100 in the last successful build, 30 now, 70 of those gone (70%)');
    expect(message).toContain('ALLOW_CATALOG_SHRINK=1');
    expect(message).not.toContain('categories:');
  });

  it('counts ids, so another store of the same size is refused', () => {
    const verdict = judgeShrink(manifest(100), manifest(100, 10, 4, 5000, 'store-b'), 50, false);
    expect(verdict.ok).toBe(false);
    expect((verdict as { message: string }).message).toContain('store store-a, now store-b');
  });

  it('applies the limit to categories and brands too, and honours a stricter limit', () => {
    expect(judgeShrink(manifest(100, 10), manifest(100, 2), 50, false).ok).toBe(false);
    expect(judgeShrink(manifest(100), manifest(85), 10, false).ok).toBe(false);
  });

  it('publishes a shrunken catalog when allowed, saying so', () => {
    const verdict = judgeShrink(manifest(100), manifest(10), 50, true);
    expect(verdict).toMatchObject({
      ok: true,
      notes: [expect.stringContaining('90 of those gone'), expect.stringContaining('ALLOW_CATALOG_SHRINK')],
    });
  });
});

describe('settings', () => {
  it('reads CATALOG_SHRINK_LIMIT as a percentage, default 50', () => {
    expect(shrinkLimitFrom({})).toBe(50);
    expect(shrinkLimitFrom({ CATALOG_SHRINK_LIMIT: '20' })).toBe(20);
    expect(shrinkLimitFrom({ CATALOG_SHRINK_LIMIT: '12.5%' })).toBe(12.5);
    for (const bad of ['0', '101', 'half', '-5']) {
      expect(() => shrinkLimitFrom({ CATALOG_SHRINK_LIMIT: bad })).toThrow(ConfigError);
    }
  });

  it('reads ALLOW_CATALOG_SHRINK', () => {
    expect(shrinkAllowedBy({ ALLOW_CATALOG_SHRINK: '1' })).toBe(true);
    expect(shrinkAllowedBy({ ALLOW_CATALOG_SHRINK: '0' })).toBe(false);
    expect(shrinkAllowedBy({})).toBe(false);
  });
});
