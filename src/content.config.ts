/** Content collections: the BigCommerce catalog, exported once per build by `bigcommerceLoader`. */
import { defineCollection } from 'astro:content';
import { bigcommerceLoader } from './lib/catalog/loader';
import { brandSchema, categorySchema, productSchema, settingsSchema } from './lib/catalog/schema';

export const collections = {
  products: defineCollection({
    loader: bigcommerceLoader({ collection: 'products' }),
    schema: productSchema,
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
};
