/**
 * Exports the store's 301 redirects into Netlify's `_redirects` after the build, when
 * BIGCOMMERCE_ACCESS_TOKEN is set, so a product whose URL changed in BigCommerce keeps its old links.
 * The store's lines come after any `_redirects` rules from `public/`, which therefore win.
 */
import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { channelIdFrom } from '../src/lib/config';
import { createManagementClient } from '../src/lib/management/client';
import { managementConfigFrom } from '../src/lib/management/config';
import { listRedirects } from '../src/lib/management/redirects';
import { pathKey } from '../src/lib/routes/site-paths';
import { redirectsFile } from '../src/lib/routes/store-redirects';

const SHOWN_SKIPS = 5;

/** The integration: on `astro:build:done`, the store's redirects are appended to `dist/_redirects`. */
export default function storeRedirects(): AstroIntegration {
  return {
    name: 'storefront:store-redirects',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const config = managementConfigFrom(process.env);
        if (!config) {
          logger.info("BIGCOMMERCE_ACCESS_TOKEN is not set, so the store's 301 redirects are not exported");
          return;
        }
        const redirects = await listRedirects(createManagementClient(config), channelIdFrom(process.env));
        const built = new Set(pages.map((page) => pathKey(page.pathname)));
        const { text, count, skipped } = redirectsFile(redirects, built);
        const file = path.join(fileURLToPath(dir), '_redirects');
        const before = await readFile(file, 'utf8').catch(() => '');
        await appendFile(file, before && !before.endsWith('\n') ? `\n${text}` : text);
        logger.info(`${count} of the store's ${redirects.length} redirects written to _redirects`);
        for (const skip of skipped.slice(0, SHOWN_SKIPS))
          logger.warn(`left out ${skip.from}: ${skip.reason}`);
        if (skipped.length > SHOWN_SKIPS) logger.warn(`…and ${skipped.length - SHOWN_SKIPS} more left out`);
      },
    },
  };
}
