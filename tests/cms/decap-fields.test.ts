import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decapFields, UnsupportedFieldError } from '../../src/lib/cms/decap-fields';

const byName = (schema: z.ZodObject) => new Map(decapFields(schema).map((field) => [field.name, field]));

describe('zod schemas as Decap fields', () => {
  const fields = byName(
    z.object({
      title: z.string().min(1).meta({ label: 'Headline', hint: 'Shown in bold' }),
      summary: z.string().max(120).meta({ widget: 'text' }).optional(),
      body: z.string().meta({ widget: 'markdown' }),
      slug: z.string().regex(/^[a-z-]+$/, 'lower-case words and dashes only'),
      cover: z.string().meta({ widget: 'image' }),
      publishedAt: z.coerce.date(),
      rating: z.number().int().min(1).max(5),
      price: z.number(),
      featured: z.boolean().default(false),
      tone: z.enum(['calm', 'loud']),
      skus: z.array(z.string().meta({ label: 'SKU' })).default([]),
      links: z.array(z.object({ label: z.string(), href: z.string() })),
      hero: z.object({ heading: z.string(), image: z.string().meta({ widget: 'image' }).optional() }),
    }),
  );

  it('takes the label and hint from the schema, else words of the field name', () => {
    expect(fields.get('title')).toMatchObject({ label: 'Headline', hint: 'Shown in bold', widget: 'string' });
    expect(fields.get('publishedAt')?.label).toBe('Published at');
  });

  it('gives text, markdown and image fields their widgets', () => {
    expect(fields.get('summary')?.widget).toBe('text');
    expect(fields.get('body')?.widget).toBe('markdown');
    expect(fields.get('cover')?.widget).toBe('image');
  });

  it('marks optional and defaulted fields as not required, with the default', () => {
    expect(fields.get('title')).not.toHaveProperty('required');
    expect(fields.get('summary')?.required).toBe(false);
    expect(fields.get('featured')).toMatchObject({ widget: 'boolean', required: false, default: false });
  });

  it('carries a regex with its message, or a maximum length, as the field’s pattern', () => {
    expect(fields.get('slug')?.pattern).toEqual(['^[a-z-]+$', 'lower-case words and dashes only']);
    const [max, message] = fields.get('summary')!.pattern!;
    expect(new RegExp(max).test('x'.repeat(120))).toBe(true);
    expect(new RegExp(max).test('x'.repeat(121))).toBe(false);
    expect(message).toBe('must be at most 120 characters');
  });

  it('edits dates with a date-time picker, numbers with bounds, enums with a select', () => {
    expect(fields.get('publishedAt')?.widget).toBe('datetime');
    expect(fields.get('rating')).toMatchObject({ widget: 'number', value_type: 'int', min: 1, max: 5 });
    expect(fields.get('price')).toMatchObject({ widget: 'number', value_type: 'float' });
    expect(fields.get('tone')).toMatchObject({ widget: 'select', options: ['calm', 'loud'] });
  });

  it('edits a list of strings item by item, and lists and objects of fields with their fields', () => {
    expect(fields.get('skus')).toMatchObject({
      widget: 'list',
      default: [],
      field: { name: 'item', label: 'SKU', widget: 'string' },
    });
    expect(fields.get('links')?.fields?.map((field) => field.name)).toEqual(['label', 'href']);
    expect(fields.get('hero')).toMatchObject({
      widget: 'object',
      fields: [
        { name: 'heading', widget: 'string' },
        { name: 'image', widget: 'image', required: false },
      ],
    });
  });

  it('refuses a schema no widget fits, naming the field', () => {
    const schema = z.object({ hero: z.object({ size: z.union([z.string(), z.number()]) }) });
    expect(() => decapFields(schema, 'home')).toThrow(UnsupportedFieldError);
    expect(() => decapFields(schema, 'home')).toThrow('"home.hero.size" (a zod union)');
  });
});
