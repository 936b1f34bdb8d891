import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  announcementsSchema,
  blogSchema,
  CONTENT_COLLECTIONS,
  enrichmentSchema,
  homeSchema,
  navigationSchema,
  pagesSchema,
} from '../../src/lib/content/schemas';

const post = {
  title: 'Cast iron for life',
  description: 'Seasoning and care.',
  author: 'Tomás',
  date: '2026-11-28',
  cover: './images/cover.jpg',
  coverAlt: 'A pan',
};

/** The first issue as `field: message`, the way the build names it. */
function firstIssue(schema: z.ZodType, data: unknown): string {
  const result = schema.safeParse(data);
  if (result.success) throw new Error('expected the data to be refused');
  const [issue] = result.error.issues;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe('content schemas', () => {
  it('accepts a complete post and fills in empty tags and products', () => {
    const data = blogSchema.parse(post);
    expect(data.date).toEqual(new Date('2026-11-28'));
    expect(data.tags).toEqual([]);
    expect(data.products).toEqual([]);
  });

  it('names a missing required field', () => {
    expect(firstIssue(blogSchema, { ...post, title: undefined })).toMatch(/^title: /);
  });

  it('names an empty field and says it must not be empty', () => {
    expect(firstIssue(blogSchema, { ...post, author: '  ' })).toBe('author: must not be empty');
  });

  it('names a date that is not one, with the expected form', () => {
    expect(firstIssue(blogSchema, { ...post, date: 'next Tuesday' })).toBe(
      'date: must be a date such as 2026-01-31',
    );
  });

  it('names a product reference that is a path without its final slash', () => {
    expect(firstIssue(blogSchema, { ...post, products: ['HI-SKL', '/mug'] })).toBe(
      'products.1: a product path must end with "/" or ".html"',
    );
  });

  it('names a link that is neither a site path nor a URL', () => {
    const home = { hero: { heading: 'Hi', link: { label: 'Go', href: 'javascript:alert(1)' } } };
    expect(firstIssue(homeSchema, home)).toBe(
      'hero.link.href: must be a site path starting with "/" or an http(s) URL',
    );
  });

  it('names a featured category that is not a catalog path', () => {
    expect(firstIssue(homeSchema, { hero: { heading: 'Hi' }, featuredCategories: ['kitchen'] })).toMatch(
      /^featuredCategories\.0: must be a catalog path/,
    );
  });

  it('names a banner date that is not one', () => {
    const home = { hero: { heading: 'Hi' }, banners: [{ title: 'Sale', end: 'soon' }] };
    expect(firstIssue(homeSchema, home)).toBe('banners.0.end: must be a date such as 2026-01-31');
  });

  it('names an enrichment path that is not a catalog path, and a too-long page description', () => {
    expect(firstIssue(enrichmentSchema, { path: 'kitchen' })).toMatch(/^path: must be a catalog path/);
    expect(firstIssue(pagesSchema, { title: 'About', description: 'x'.repeat(201) })).toMatch(
      /^description: /,
    );
  });

  it('accepts the smallest navigation, announcement and home', () => {
    expect(navigationSchema.parse({})).toEqual({ header: [], footer: [] });
    expect(announcementsSchema.parse({ text: 'Free shipping' })).toEqual({ text: 'Free shipping' });
    expect(homeSchema.parse({ hero: { heading: 'Hi' } }).featuredProducts).toEqual([]);
  });

  it('describes every collection once, each with a folder under src/content and a schema', () => {
    const names = CONTENT_COLLECTIONS.map((collection) => collection.name);
    expect(names.sort()).toEqual(['announcements', 'blog', 'enrichment', 'home', 'navigation', 'pages']);
    for (const collection of CONTENT_COLLECTIONS) {
      expect(collection.folder).toBe(`src/content/${collection.name}`);
      expect(collection.kind === 'file').toBe(Boolean(collection.file));
      expect(collection.schema).toBeInstanceOf(z.ZodObject);
    }
  });

  it('labels fields and marks image and date widgets for the editing UI', () => {
    const meta = (schema: z.ZodType) => z.globalRegistry.get(schema);
    expect(meta(blogSchema.shape.cover)).toMatchObject({ widget: 'image' });
    expect(meta(blogSchema.shape.date)).toMatchObject({ widget: 'datetime', label: 'Publish date' });
    expect(meta(blogSchema.shape.products)).toMatchObject({ widget: 'list' });
  });
});
