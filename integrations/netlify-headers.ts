/**
 * Writes `dist/_headers` at the end of the build: the caching and security headers Netlify applies
 * (`src/lib/headers/site-rules.ts`), for the store origins this build's pages use.
 */
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { StoreOrigins } from '../src/lib/headers/csp';
import { renderHeadersFile } from '../src/lib/headers/netlify-headers-file';
import { siteHeaderRules } from '../src/lib/headers/site-rules';

/** The file Netlify reads its header rules from, in the publish directory. */
export const HEADERS_FILE = '_headers';

const COMMENT = [
  'Written by the build (integrations/netlify-headers.ts) from src/lib/headers/site-rules.ts.',
  'Pages carry the rest of their Content-Security-Policy in a <meta> with hashes of their inline code.',
];

/** The integration; `origins` are the store origins the pages' policy allows. */
export default function netlifyHeaders(origins: StoreOrigins): AstroIntegration {
  return {
    name: 'storefront:netlify-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const sitemapFiles = (await readdir(outDir)).filter((name) => /^sitemap.*\.xml$/.test(name));
        const rules = siteHeaderRules({ origins, sitemapFiles });
        await writeFile(path.join(outDir, HEADERS_FILE), renderHeadersFile(rules, COMMENT));
        logger.info(`${rules.length} header rules written to ${HEADERS_FILE}`);
      },
    },
  };
}
