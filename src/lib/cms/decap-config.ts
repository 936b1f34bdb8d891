/**
 * The Decap CMS configuration (pure), generated from the content collections' descriptors and zod
 * schemas, so the editing UI and the build's checks cannot drift apart.
 */
import type { ContentCollectionDescriptor } from '../content/schemas';
import { decapFields, type DecapField } from './decap-fields';
import type { DecapBackend } from './decap-backend';

/** The markdown body of a markdown collection's entries: Decap's `body` field. */
export const BODY_FIELD: DecapField = { name: 'body', label: 'Body', widget: 'markdown' };

/** Where the site serves the admin UI. */
export const ADMIN_PATH = '/admin/';

/** Where uploads of a collection without its own media folder go (none of the content has one today). */
const FALLBACK_MEDIA = { media_folder: 'public/uploads', public_folder: '/uploads' };

/** A Decap collection, as `config.yml` writes it. */
export type DecapCollection = Record<string, unknown> & { name: string; fields?: DecapField[] };

/** What the configuration depends on besides the collections. */
export interface DecapConfigOptions {
  backend: DecapBackend;
  /** The site's address, for the CMS's "view live" links. */
  siteUrl?: string;
  /** The local backend's API (decap-server), or `true` for its default port. */
  localBackend: true | { url: string };
  /** Drafts as branches and pull requests; off for local editing, which decap-server's fs mode lacks. */
  editorialWorkflow: boolean;
}

// A folder collection's entry name comes from `title`, or from the first required text field.
function identifierField(fields: readonly DecapField[]): string {
  const title = fields.find((field) => field.name === 'title' && field.required !== false);
  const first = fields.find((field) => field.widget === 'string' && field.required !== false);
  const chosen = title ?? first;
  if (!chosen) throw new Error(`A folder collection needs a required string field to name its entries`);
  return chosen.name;
}

const FORMATS = {
  markdown: { format: 'frontmatter', extension: 'md' },
  yaml: { format: 'yml', extension: 'yaml' },
  json: { format: 'json', extension: 'json' },
} as const;

// `preview_path` of the collections whose entries are pages of their own, for the CMS's preview links.
const PREVIEW_PATHS: Partial<Record<string, string>> = { blog: 'blog/{{slug}}/', pages: '{{slug}}/' };

/** The Decap collection editing one content collection. */
export function decapCollection(descriptor: ContentCollectionDescriptor): DecapCollection {
  const fields = decapFields(descriptor.schema, descriptor.name);
  if (descriptor.format === 'markdown') fields.push(BODY_FIELD);
  const { format, extension } = FORMATS[descriptor.format];
  const media = descriptor.media
    ? { media_folder: `/${descriptor.media.folder}`, public_folder: descriptor.media.publicFolder }
    : {};
  const common = { name: descriptor.name, label: descriptor.label, ...media };
  if (descriptor.kind === 'file') {
    const file = `${descriptor.folder}/${descriptor.file}`;
    return { ...common, format, files: [{ name: descriptor.name, label: descriptor.label, file, fields }] };
  }
  const preview = PREVIEW_PATHS[descriptor.name];
  return {
    ...common,
    folder: descriptor.folder,
    create: true,
    format,
    extension,
    slug: '{{slug}}',
    identifier_field: identifierField(fields),
    ...(preview ? { preview_path: preview } : {}),
    fields,
  };
}

/** The whole Decap configuration for `collections`. */
export function decapConfig(
  collections: readonly ContentCollectionDescriptor[],
  options: DecapConfigOptions,
): Record<string, unknown> {
  return {
    backend: options.backend,
    local_backend: options.localBackend,
    ...(options.editorialWorkflow ? { publish_mode: 'editorial_workflow' } : {}),
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    ...FALLBACK_MEDIA,
    collections: collections.map(decapCollection),
  };
}
