/**
 * The marketers' content: one zod schema per collection, and the descriptor list that both the Astro
 * content collections (`src/content.config.ts`) and the CMS configuration are generated from.
 * `.meta({ label, widget, hint })` carries what an editing UI needs; the schemas stay plain zod so
 * they can be read outside Astro (the CMS config generator, unit tests).
 */
import { z } from 'zod';

/** Editing hints on a field: its label, the widget that fits it, a line of help. */
export interface FieldMeta {
  label?: string;
  /** `string` `text` `markdown` `datetime` `image` `boolean` `list` `object` `catalog-ref` `catalog-path`. */
  widget?: string;
  hint?: string;
}

const field = <T extends z.ZodType>(schema: T, meta: FieldMeta): T => schema.meta({ ...meta });

const text = (label: string, hint?: string) =>
  field(z.string().trim().min(1, 'must not be empty'), { label, widget: 'string', hint });

/** A link target: a site path (`/kitchen/`, `/blog/`) or an absolute http(s) URL. */
export const hrefSchema = field(
  z
    .string()
    .trim()
    .regex(/^(\/(?!\/)|https?:\/\/|mailto:)/, 'must be a site path starting with "/" or an http(s) URL'),
  { label: 'Link', widget: 'string', hint: 'A site path such as /kitchen/ or a full https:// URL' },
);

const CATALOG_PATH = /^\/(.*\/|.+\.html)$/;

/** A catalog path: a category, product or brand page, as BigCommerce names it (`/kitchen/`). */
export const catalogPathSchema = field(
  z
    .string()
    .trim()
    .regex(
      CATALOG_PATH,
      'must be a catalog path starting and ending with "/" (or ending ".html"), such as /kitchen/',
    ),
  { label: 'Catalog path', widget: 'catalog-path', hint: 'A category or product path, e.g. /kitchen/' },
);

/** A product by SKU (`SKU-123`) or by its catalog path (`/mug/`). */
export const productRefSchema = field(
  z
    .string()
    .trim()
    .min(1, 'must be a product SKU or a path starting with "/"')
    .refine(
      (value) => !value.startsWith('/') || CATALOG_PATH.test(value),
      'a product path must end with "/" or ".html"',
    ),
  { label: 'Product', widget: 'catalog-ref', hint: 'A product SKU, or its path such as /mug/' },
);

/** An image file beside the content, relative to the entry (`./images/cover.jpg`). */
export const imagePathSchema = field(z.string().trim().min(1, 'must name an image file'), {
  label: 'Image',
  widget: 'image',
});

/** A date or date-time; YAML and frontmatter dates arrive as `Date`, the CMS writes ISO strings. */
export const dateSchema = field(z.coerce.date({ error: 'must be a date such as 2026-01-31' }), {
  label: 'Date',
  widget: 'datetime',
});

/** The window a dated item is shown in: from `start` (inclusive) to `end` (exclusive); either may be open. */
export const windowFields = {
  start: field(dateSchema.optional(), { label: 'Show from', widget: 'datetime' }),
  end: field(dateSchema.optional(), { label: 'Show until', widget: 'datetime' }),
};

const linkSchema = z.object({ label: text('Label'), href: hrefSchema });

/** The schema of an image field: a path string here, Astro's `image()` inside the content config. */
export type ImageSchema = z.ZodType;

/** `pages`: about, shipping, returns… at `/<file name>/`; the body is markdown. */
export function pagesSchemaWith<I extends ImageSchema>(image: I) {
  return z.object({
    title: text('Title'),
    description: field(z.string().trim().min(1).max(200), {
      label: 'Description',
      widget: 'text',
      hint: 'One or two sentences for search engines (at most 200 characters)',
    }),
    cover: field(image.optional(), { label: 'Cover image', widget: 'image' }),
    coverAlt: field(z.string().trim().optional(), { label: 'Cover image description', widget: 'string' }),
  });
}

/** `blog`: posts at `/blog/<file name>/`; the body is markdown. */
export function blogSchemaWith<I extends ImageSchema>(image: I) {
  return z.object({
    title: text('Title'),
    description: field(z.string().trim().min(1).max(300), {
      label: 'Excerpt',
      widget: 'text',
      hint: 'Shown on the blog index and in the feed (at most 300 characters)',
    }),
    author: text('Author'),
    date: field(dateSchema, { label: 'Publish date', widget: 'datetime' }),
    tags: field(z.array(z.string().trim().min(1)).default([]), { label: 'Tags', widget: 'list' }),
    cover: field(image, { label: 'Cover image', widget: 'image' }),
    coverAlt: text('Cover image description', 'What the cover image shows, for screen readers'),
    products: field(z.array(productRefSchema).default([]), {
      label: 'Products',
      widget: 'list',
      hint: 'SKUs or product paths, shown as cards below the post',
    }),
  });
}

/** `home`: one file, the home page's hero, dated banners and featured items. */
export function homeSchemaWith<I extends ImageSchema>(image: I) {
  const banner = z.object({
    title: text('Title'),
    text: field(z.string().trim().optional(), { label: 'Text', widget: 'text' }),
    image: field(image.optional(), { label: 'Image', widget: 'image' }),
    imageAlt: field(z.string().trim().optional(), { label: 'Image description', widget: 'string' }),
    link: field(linkSchema.optional(), { label: 'Call to action', widget: 'object' }),
    ...windowFields,
  });
  return z.object({
    hero: field(
      z.object({
        eyebrow: field(z.string().trim().optional(), { label: 'Eyebrow', widget: 'string' }),
        heading: text('Heading'),
        text: field(z.string().trim().optional(), { label: 'Text', widget: 'text' }),
        image: field(image.optional(), { label: 'Image', widget: 'image' }),
        imageAlt: field(z.string().trim().optional(), { label: 'Image description', widget: 'string' }),
        link: field(linkSchema.optional(), { label: 'Call to action', widget: 'object' }),
      }),
      { label: 'Hero', widget: 'object' },
    ),
    banners: field(z.array(banner).default([]), { label: 'Promo banners', widget: 'list' }),
    featuredCategories: field(z.array(catalogPathSchema).default([]), {
      label: 'Featured categories',
      widget: 'list',
      hint: 'Category paths; none listed shows the top-level categories',
    }),
    featuredProducts: field(z.array(productRefSchema).default([]), {
      label: 'Featured products',
      widget: 'list',
      hint: "SKUs or product paths; none listed shows the store's own featured products",
    }),
  });
}

/** `navigation`: one file, extra header links and the footer's link groups. */
export const navigationSchema = z.object({
  header: field(z.array(linkSchema).default([]), { label: 'Header links', widget: 'list' }),
  footer: field(
    z
      .array(z.object({ heading: text('Heading'), links: field(z.array(linkSchema), { widget: 'list' }) }))
      .default([]),
    { label: 'Footer link groups', widget: 'list' },
  ),
});

/** `announcements`: one file each, shown in the site-wide bar while inside its window. */
export const announcementsSchema = z.object({
  text: text('Text'),
  link: field(linkSchema.optional(), { label: 'Link', widget: 'object' }),
  ...windowFields,
});

/** `enrichment`: markdown shown below BigCommerce's description on the catalog page at `path`. */
export const enrichmentSchema = z.object({
  path: field(catalogPathSchema, { label: 'Catalog page', widget: 'catalog-path' }),
  title: field(z.string().trim().optional(), { label: 'Heading', widget: 'string' }),
});

/** The content schemas with image fields as paths: what a file must hold, read outside Astro. */
export const pagesSchema = pagesSchemaWith(imagePathSchema);
/** `blog`, image fields as paths. */
export const blogSchema = blogSchemaWith(imagePathSchema);
/** `home`, image fields as paths. */
export const homeSchema = homeSchemaWith(imagePathSchema);

/** The collections marketers edit. */
export type ContentCollectionName = 'pages' | 'blog' | 'home' | 'navigation' | 'announcements' | 'enrichment';

/** How a collection is stored and edited. */
export interface ContentCollectionDescriptor {
  name: ContentCollectionName;
  label: string;
  /** Repo-relative folder holding the collection's files. */
  folder: string;
  /** `markdown`: frontmatter plus a markdown body; `yaml`/`json`: data only. */
  format: 'markdown' | 'yaml' | 'json';
  /** `folder`: one file per entry; `file`: exactly one entry, in `file`. */
  kind: 'folder' | 'file';
  /** For `kind: 'file'`: the file's name inside `folder`. */
  file?: string;
  /** Repo-relative folder for uploaded images, and how entries refer to it (relative to the entry). */
  media?: { folder: string; publicFolder: string };
  schema: z.ZodObject;
}

/** The shop's own content root; a sample overlay may add or replace files (see `overlay.ts`). */
export const CONTENT_ROOT = 'src/content';

const media = (folder: string) => ({ folder: `${CONTENT_ROOT}/${folder}/images`, publicFolder: './images' });

/** Every content collection, in the order an editor lists them. */
export const CONTENT_COLLECTIONS: readonly ContentCollectionDescriptor[] = [
  {
    name: 'home',
    label: 'Home page',
    folder: `${CONTENT_ROOT}/home`,
    format: 'yaml',
    kind: 'file',
    file: 'home.yaml',
    media: media('home'),
    schema: homeSchema,
  },
  {
    name: 'pages',
    label: 'Pages',
    folder: `${CONTENT_ROOT}/pages`,
    format: 'markdown',
    kind: 'folder',
    media: media('pages'),
    schema: pagesSchema,
  },
  {
    name: 'blog',
    label: 'Blog posts',
    folder: `${CONTENT_ROOT}/blog`,
    format: 'markdown',
    kind: 'folder',
    media: media('blog'),
    schema: blogSchema,
  },
  {
    name: 'announcements',
    label: 'Announcements',
    folder: `${CONTENT_ROOT}/announcements`,
    format: 'yaml',
    kind: 'folder',
    schema: announcementsSchema,
  },
  {
    name: 'navigation',
    label: 'Navigation',
    folder: `${CONTENT_ROOT}/navigation`,
    format: 'yaml',
    kind: 'file',
    file: 'navigation.yaml',
    schema: navigationSchema,
  },
  {
    name: 'enrichment',
    label: 'Catalog enrichment',
    folder: `${CONTENT_ROOT}/enrichment`,
    format: 'markdown',
    kind: 'folder',
    schema: enrichmentSchema,
  },
];

/** A content page's frontmatter, image fields as paths. */
export type PagesData = z.infer<typeof pagesSchema>;
/** A blog post's frontmatter. */
export type BlogData = z.infer<typeof blogSchema>;
/** The home file. */
export type HomeData = z.infer<typeof homeSchema>;
/** The navigation file. */
export type NavigationData = z.infer<typeof navigationSchema>;
/** One announcement. */
export type AnnouncementData = z.infer<typeof announcementsSchema>;
/** One enrichment file's frontmatter. */
export type EnrichmentData = z.infer<typeof enrichmentSchema>;
/** One link of the navigation file. */
export type NavigationLink = NavigationData['header'][number];
