import { describe, expect, it } from 'vitest';
import { resultSummary } from '../../src/lib/search/summary';

describe('resultSummary', () => {
  it('says how many were found, for what', () => {
    expect(resultSummary(12, 'mug', 'results')).toBe('12 results for “mug”');
    expect(resultSummary(1, 'mug', 'results')).toBe('1 result for “mug”');
    expect(resultSummary(0, 'xyzzy', 'results')).toBe('No results for “xyzzy”');
    expect(resultSummary(5, '', 'products')).toBe('5 products');
    expect(resultSummary(1, '', 'products')).toBe('1 product');
  });
});
