import { describe, expect, it } from 'vitest';
import { collectionPatterns, entryId, sampleContentEnabled } from '../../src/lib/content/overlay';
import { CONTENT_COLLECTIONS } from '../../src/lib/content/schemas';

const collection = (name: string) => CONTENT_COLLECTIONS.find((each) => each.name === name)!;

describe('the sample overlay', () => {
  it('is used only when the sample store build says so', () => {
    expect(sampleContentEnabled({})).toBe(false);
    expect(sampleContentEnabled({ STOREFRONT_SAMPLE_CONTENT: '0' })).toBe(false);
    expect(sampleContentEnabled({ STOREFRONT_SAMPLE_CONTENT: '1' })).toBe(true);
  });

  it("reads only the shop's own files without it", () => {
    expect(collectionPatterns(collection('blog'))).toEqual(['src/content/blog/*.md']);
    expect(collectionPatterns(collection('home'))).toEqual(['src/content/home/home.yaml']);
  });

  it('adds the overlay files, an overlay file hiding the own file of its name', () => {
    expect(collectionPatterns(collection('home'), ['home.yaml'])).toEqual([
      'src/content/home/home.yaml',
      'sample-content/home/home.yaml',
      '!src/content/home/home.yaml',
      '!src/content/home/home.yml',
    ]);
    expect(collectionPatterns(collection('blog'), [])).toEqual([
      'src/content/blog/*.md',
      'sample-content/blog/*.md',
    ]);
  });

  it('names entries by file name', () => {
    expect(entryId('sample-content/blog/cast-iron-care.md')).toBe('cast-iron-care');
  });
});
