import { describe, expect, it } from 'vitest';
import { pageRestoreLog, searchIndexLog } from '../../scripts/bench/rebuild-log';

// Lines as the integrations log them, with Astro's prefix.
const log = [
  '14:02:08 [storefront:page-restore] moved 11700 pages from the build cache into dist/ in 3.9 s',
  '14:02:40 [storefront:page-restore] linked 11695 pages back into the build cache in 0.2 s',
  '14:02:51 [storefront:search-index] 99,484 records indexed in 25.2 s (added 9.1 s, written 16.1 s) into 4 bundles, 3 of them unchanged and copied from the last build',
].join('\n');

describe('the benches’ reading of a build log', () => {
  it('reads the search index’s times and bundles, one bundle and none copied included', () => {
    expect(searchIndexLog(log)).toEqual({
      records: '99,484',
      seconds: '25.2',
      added: '9.1',
      written: '16.1',
      bundles: 4,
      reused: 3,
    });
    const one = searchIndexLog('10,000 records indexed in 9.8 s (added 3.1 s, written 6.7 s) into 1 bundle');
    expect(one).toMatchObject({ bundles: 1, reused: 0 });
    expect(searchIndexLog('no index here')).toBeUndefined();
  });

  it('reads the pages moved into dist/ and linked back, and a build that moved none', () => {
    expect(pageRestoreLog(log)).toEqual({
      moved: 11700,
      movedSeconds: '3.9',
      linked: 11695,
      linkedSeconds: '0.2',
    });
    expect(pageRestoreLog(log.split('\n')[0])).toEqual({ moved: 11700, movedSeconds: '3.9' });
    expect(pageRestoreLog('a cold build')).toBeUndefined();
  });
});
