// @ts-check
import { defineConfig, envField } from 'astro/config';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import v8 from 'node:v8';
import browserBundle from './integrations/browser-bundle.ts';
import catalogShrinkGuard from './integrations/catalog-shrink-guard.ts';
import dataStoreModule from './integrations/data-store-module.ts';
import decapAdmin from './integrations/decap-admin.ts';
import legacyHtmlPaths, { publicPageUrl } from './integrations/legacy-html-paths.ts';
import netlifyHeaders from './integrations/netlify-headers.ts';
import pageRestore from './integrations/page-restore.ts';
import searchIndex from './integrations/search-integration.ts';
import storeRedirects from './integrations/store-redirects.ts';
import { sanitisedMarkdown } from './src/lib/content/markdown.ts';
import { pageCsp, storeOriginsFrom } from './src/lib/headers/csp.ts';
import { astroCacheDirFrom, MAX_EXPORT_CONCURRENCY } from './src/lib/config.ts';
import { isIndexable } from './src/lib/seo/robots.ts';

// A build's live data is small next to the garbage Astro makes serialising and bundling the catalog's
// data store, yet V8 lets the heap grow to about 4× the live data between full GCs. Growing it by 30%
// keeps a 10,000-product build near 1.25 GB instead of 1.7–2.2 GB for about a second more of GC, and,
// unlike a fixed heap cap, still lets a large catalog's heap grow as far as it needs (BENCHMARKS.md).
v8.setFlagsFromString('--heap-growing-percent=30');

const secret = () => envField.string({ context: 'server', access: 'secret', optional: true });

// Netlify sets URL to the site's primary address; SITE_URL overrides it.
const site = process.env.SITE_URL || process.env.URL || 'http://localhost:4321';
// The store the pages' cart and images talk to, for their Content-Security-Policy.
const storeOrigins = storeOriginsFrom(process.env);

export default defineConfig({
  site,
  // Astro's data store and incremental-build cache live with the storefront's own build cache, so
  // one folder carries a build's state to the next (README: "Incremental rebuilds").
  cacheDir: astroCacheDirFrom(process.env),
  // `collectionStorage: 'chunked'` would also spare V8 compiling the data store as one huge literal,
  // but Astro 7.3 writes the chunks measuring each character (330 s instead of 58 s at 100,000
  // products, BENCHMARKS.md), so the store stays one file and `dataStoreModule()` cuts its literal.
  experimental: { incrementalBuild: true },
  trailingSlash: 'always',
  security: { csp: pageCsp(storeOrigins) },
  // Rendering a page waits on disk writes; a few pages in flight keep the CPU busy meanwhile.
  build: { format: 'directory', concurrency: 4 },
  markdown: { processor: sanitisedMarkdown() },
  integrations: [
    // First: its build-done hook removes pages gone since the last build before any other reads dist/.
    pageRestore(),
    preact(),
    dataStoreModule(),
    sitemap({
      filter: (page) => isIndexable(new URL(page).pathname),
      serialize: (item) => ({ ...item, url: publicPageUrl(item.url) }),
    }),
    legacyHtmlPaths(),
    browserBundle(),
    netlifyHeaders(storeOrigins),
    decapAdmin(),
    storeRedirects(),
    // Late: an index started early (on `astro:build:start`) finishes while the steps above run.
    searchIndex(),
    // Last: it records the catalog manifest once every other build step has succeeded.
    catalogShrinkGuard(),
  ],
  env: {
    schema: {
      BIGCOMMERCE_STORE_HASH: envField.string({
        context: 'server',
        access: 'public',
        optional: true,
      }),
      BIGCOMMERCE_CHANNEL_ID: envField.number({
        context: 'client',
        access: 'public',
        default: 1,
        int: true,
        gt: 0,
      }),
      BIGCOMMERCE_GRAPHQL_URL: envField.string({
        context: 'client',
        access: 'public',
        optional: true,
        url: true,
      }),
      BIGCOMMERCE_STOREFRONT_TOKEN: envField.string({ context: 'client', access: 'public', optional: true }),
      BIGCOMMERCE_EXPORT_CONCURRENCY: envField.number({
        context: 'server',
        access: 'public',
        optional: true,
        int: true,
        min: 1,
        max: MAX_EXPORT_CONCURRENCY,
      }),
      BIGCOMMERCE_PRIVATE_TOKEN: secret(),
      BIGCOMMERCE_ACCESS_TOKEN: secret(),
      BIGCOMMERCE_WEBHOOK_SECRET: secret(),
      NETLIFY_BUILD_HOOK_URL: envField.string({
        context: 'server',
        access: 'secret',
        optional: true,
        url: true,
      }),
    },
    validateSecrets: true,
  },
});
