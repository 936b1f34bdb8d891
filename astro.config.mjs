// @ts-check
import { defineConfig, envField } from 'astro/config';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

const secret = () => envField.string({ context: 'server', access: 'secret', optional: true });

// Netlify sets URL to the site's primary address; SITE_URL overrides it.
const site = process.env.SITE_URL || process.env.URL || 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [preact(), sitemap()],
  env: {
    schema: {
      BIGCOMMERCE_STORE_HASH: envField.string({
        context: 'server',
        access: 'public',
        optional: true,
      }),
      BIGCOMMERCE_CHANNEL_ID: envField.number({ context: 'client', access: 'public', default: 1, int: true, gt: 0 }),
      BIGCOMMERCE_GRAPHQL_URL: envField.string({ context: 'client', access: 'public', optional: true, url: true }),
      BIGCOMMERCE_STOREFRONT_TOKEN: envField.string({ context: 'client', access: 'public', optional: true }),
      BIGCOMMERCE_PRIVATE_TOKEN: secret(),
      BIGCOMMERCE_ACCESS_TOKEN: secret(),
      BIGCOMMERCE_WEBHOOK_SECRET: secret(),
      NETLIFY_BUILD_HOOK_URL: envField.string({ context: 'server', access: 'secret', optional: true, url: true }),
    },
    validateSecrets: true,
  },
});
