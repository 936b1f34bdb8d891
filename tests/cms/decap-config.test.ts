import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { configFor } from '../../integrations/decap-admin';
import { decapBackend, githubRepoOf } from '../../src/lib/cms/decap-backend';
import type { DecapCollection } from '../../src/lib/cms/decap-config';
import type { DecapField } from '../../src/lib/cms/decap-fields';
import { CONTENT_COLLECTIONS } from '../../src/lib/content/schemas';

const config = configFor({ DECAP_GITHUB_REPO: 'acme/storefront' }, false, 'https://shop.example');
const collections = config.collections as DecapCollection[];

/** The schema under its optional and default wrappers. */
function inner(schema: z.ZodType): z.ZodType {
  let core = schema;
  while (['optional', 'default', 'nullable'].includes(core.def.type))
    core = (core.def as unknown as { innerType: z.ZodType }).innerType;
  return core;
}

// Values an editor might type in a text box, for checking a field's pattern against its schema.
const TYPED = [
  '/kitchen/',
  '/mug.html',
  '/kitchen',
  'https://example.com/sale/',
  'mailto:help@example.com',
  '//elsewhere.example/',
  'SKU-42',
  'kitchen',
  'Summer sale',
  ...[200, 201, 300, 301].map((length) => 'x'.repeat(length)),
];
const DATES = ['2026-01-31', '2026-01-31T10:00:00.000Z', '2026-01-31T10:00:00.000+00:00'];

/** Asserts that a Decap field edits exactly what its schema accepts, recursing into objects and lists. */
function expectAgreement(field: DecapField, schema: z.ZodType, where: string) {
  expect(field.required !== false, `${where}: required`).toBe(!schema.safeParse(undefined).success);
  const core = inner(schema);
  switch (field.widget) {
    case 'string':
    case 'text':
    case 'markdown':
    case 'image': {
      expect(core.def.type, where).toBe('string');
      const pattern = field.pattern && new RegExp(field.pattern[0]);
      for (const value of TYPED) {
        const accepted = core.safeParse(value).success;
        // The CMS refuses nothing the build accepts, and accepts nothing its pattern says the build refuses.
        if (accepted && pattern) expect(pattern.test(value), `${where} refuses ${value}`).toBe(true);
        if (pattern?.test(value)) expect(accepted, `${where} accepts ${value}`).toBe(true);
      }
      break;
    }
    case 'datetime':
      for (const value of DATES) expect(core.safeParse(value).success, `${where}: ${value}`).toBe(true);
      expect(core.safeParse('next Tuesday').success, where).toBe(false);
      break;
    case 'object':
      expectFieldsAgree(field.fields!, core as z.ZodObject, where);
      break;
    case 'list': {
      expect(core.safeParse('not a list').success, where).toBe(false);
      const element = (core as z.ZodArray).element as z.ZodType;
      if (field.fields) expectFieldsAgree(field.fields, inner(element) as z.ZodObject, `${where}[]`);
      else expectAgreement(field.field!, element, `${where}[]`);
      break;
    }
    default:
      throw new Error(`${where}: no check for the ${field.widget} widget`);
  }
}

function expectFieldsAgree(fields: readonly DecapField[], schema: z.ZodObject, where: string) {
  expect(
    fields.map((field) => field.name),
    where,
  ).toEqual(Object.keys(schema.shape));
  for (const field of fields)
    expectAgreement(field, schema.shape[field.name] as z.ZodType, `${where}.${field.name}`);
}

describe('the Decap configuration against the content schemas', () => {
  it('has one collection per content collection, in the same order', () => {
    expect(collections.map((collection) => collection.name)).toEqual(CONTENT_COLLECTIONS.map((c) => c.name));
  });

  for (const descriptor of CONTENT_COLLECTIONS) {
    it(`edits ${descriptor.name} field by field as its schema reads it`, () => {
      const collection = collections.find((each) => each.name === descriptor.name)!;
      const files = collection.files as { file: string; fields: DecapField[] }[] | undefined;
      const fields = files ? files[0].fields : collection.fields!;
      if (descriptor.kind === 'file')
        expect(files?.map((each) => each.file)).toEqual([`${descriptor.folder}/${descriptor.file}`]);
      else expect(collection).toMatchObject({ folder: descriptor.folder, create: true });
      const own = descriptor.format === 'markdown' ? fields.slice(0, -1) : fields;
      if (descriptor.format === 'markdown') {
        expect(fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
        expect(collection).toMatchObject({ format: 'frontmatter', extension: 'md' });
      }
      expectFieldsAgree(own, descriptor.schema, descriptor.name);
    });
  }

  it('stores uploads beside the entries that use them, where the build resolves their paths', () => {
    const blog = collections.find((collection) => collection.name === 'blog')!;
    expect(blog).toMatchObject({ media_folder: '/src/content/blog/images', public_folder: './images' });
  });
});

describe('the Decap backend', () => {
  it('is GitHub through Netlify’s OAuth, with drafts as pull requests and the local backend for local editing', () => {
    expect(config).toMatchObject({
      backend: {
        name: 'github',
        repo: 'acme/storefront',
        branch: 'main',
        base_url: 'https://api.netlify.com',
        auth_endpoint: 'auth',
      },
      publish_mode: 'editorial_workflow',
      local_backend: true,
      site_url: 'https://shop.example',
    });
  });

  it('takes the repository from Netlify’s REPOSITORY_URL, and the branch of a production build only', () => {
    const netlify = { REPOSITORY_URL: 'https://github.com/acme/shop', BRANCH: 'live' };
    expect(decapBackend({ ...netlify, CONTEXT: 'production' })).toMatchObject({
      repo: 'acme/shop',
      branch: 'live',
    });
    expect(decapBackend({ ...netlify, CONTEXT: 'deploy-preview' })).toMatchObject({ branch: 'main' });
    expect(decapBackend({ ...netlify, DECAP_GITHUB_BRANCH: 'content' }).branch).toBe('content');
    expect(githubRepoOf('git@github.com:acme/shop.git')).toBe('acme/shop');
    expect(githubRepoOf('https://gitlab.com/acme/shop')).toBeUndefined();
  });

  it('refuses a repository that is not owner/name, saying what it should be', () => {
    expect(() => decapBackend({ DECAP_GITHUB_REPO: 'https://github.com/acme/shop' })).toThrow('"owner/name"');
  });

  it('under npm run cms, writes files in place through decap-server on its port', () => {
    const local = configFor({ DECAP_SERVER_PORT: '18081' }, true, 'https://shop.example');
    expect(local.local_backend).toEqual({ url: 'http://localhost:18081/api/v1' });
    expect(local).not.toHaveProperty('publish_mode');
    expect(local).not.toHaveProperty('site_url');
  });
});
