/**
 * Content collections: the BigCommerce catalog, exported once per build by `bigcommerceLoader`, and
 * the marketers' content under `src/content/` (schemas in `lib/content/schemas.ts`). The products
 * collection holds one entry, naming the file the products went to (`lib/catalog/product-snapshot-file.ts`).
 */
import { defineCollection } from 'astro:content';
import { bigcommerceLoader } from './lib/catalog/loader';
import { brandSchema, categorySchema, productSnapshotRefSchema, settingsSchema } from './lib/catalog/schema';
import { contentLoader } from './lib/content/loaders';
import {
  announcementsSchema,
  blogSchemaWith,
  CONTENT_COLLECTIONS,
  enrichmentSchema,
  homeSchemaWith,
  navigationSchema,
  pagesSchemaWith,
  type ContentCollectionName,
} from './lib/content/schemas';

const loaderOf = (name: ContentCollectionName) =>
  contentLoader(CONTENT_COLLECTIONS.find((descriptor) => descriptor.name === name)!);

export const collections = {
  products: defineCollection({
    loader: bigcommerceLoader({ collection: 'products' }),
    schema: productSnapshotRefSchema,
  }),
  categories: defineCollection({
    loader: bigcommerceLoader({ collection: 'categories' }),
    schema: categorySchema,
  }),
  brands: defineCollection({ loader: bigcommerceLoader({ collection: 'brands' }), schema: brandSchema }),
  settings: defineCollection({
    loader: bigcommerceLoader({ collection: 'settings' }),
    schema: settingsSchema,
  }),
  pages: defineCollection({ loader: loaderOf('pages'), schema: ({ image }) => pagesSchemaWith(image()) }),
  blog: defineCollection({ loader: loaderOf('blog'), schema: ({ image }) => blogSchemaWith(image()) }),
  home: defineCollection({ loader: loaderOf('home'), schema: ({ image }) => homeSchemaWith(image()) }),
  navigation: defineCollection({ loader: loaderOf('navigation'), schema: navigationSchema }),
  announcements: defineCollection({ loader: loaderOf('announcements'), schema: announcementsSchema }),
  enrichment: defineCollection({ loader: loaderOf('enrichment'), schema: enrichmentSchema }),
};
