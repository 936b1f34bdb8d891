/**
 * The content editing UI at `/admin/`: Decap CMS's prebuilt bundle from its npm package, copied into
 * the build's output (and served from `node_modules` by the dev server), beside a page and a
 * configuration generated from the content schemas. It never passes through Vite, so the storefront's
 * bundles and their chunking are untouched, and no store page loads any of it.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  adminPageHtml,
  CONFIG_FILE,
  configFileText,
  DECAP_SCRIPT,
  inlineStyles,
  SETUP_SCRIPT,
  setupScript,
  stylesheetLinks,
} from '../src/lib/cms/admin-page';
import { decapBackend } from '../src/lib/cms/decap-backend';
import { ADMIN_PATH, decapConfig, type DecapConfigOptions } from '../src/lib/cms/decap-config';
import { CONTENT_COLLECTIONS } from '../src/lib/content/schemas';

/** The folder of Decap's prebuilt bundle inside `node_modules`. */
export const decapDistDir = () =>
  path.join(path.dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');

/** The bundle's files: the entry, its lazy chunks and WebAssembly, without source maps or the `cms.js` alias. */
export const isBundleFile = (name: string) =>
  name === DECAP_SCRIPT ||
  name === `${DECAP_SCRIPT}.LICENSE.txt` ||
  /^\w+\.decap-cms\.js$|\.wasm$/.test(name);

/** Port of the local backend (decap-server) that `npm run cms` starts. */
export const DECAP_SERVER_PORT_VARIABLE = 'DECAP_SERVER_PORT';

/**
 * The configuration for the environment: a build's (editorial workflow, links to the site) or
 * `npm run cms`'s (files written in place, links to the dev server the CMS is on).
 */
export function configFor(env: Record<string, string | undefined>, local: boolean, siteUrl?: string) {
  const port = env[DECAP_SERVER_PORT_VARIABLE];
  const options: DecapConfigOptions = {
    backend: decapBackend(env),
    siteUrl: local ? undefined : siteUrl,
    localBackend: local && port ? { url: `http://localhost:${port}/api/v1` } : true,
    editorialWorkflow: !local,
  };
  return decapConfig(CONTENT_COLLECTIONS, options);
}

// Pages whose stylesheets previews take: every page's (the home page's) and a blog page's, if built.
const STYLE_PAGES = ['index.html', 'blog/index.html'];
const INLINE_CSS = 'site-inline.css';

async function previewStylesheets(outDir: string, adminDir: string): Promise<string[]> {
  const pages = STYLE_PAGES.map((page) => path.join(outDir, page)).filter((page) => existsSync(page));
  const html = await Promise.all(pages.map((page) => readFile(page, 'utf8')));
  const links = [...new Set(html.flatMap(stylesheetLinks))];
  const inline = html.map(inlineStyles).filter(Boolean).join('\n');
  if (!inline) return links;
  await writeFile(path.join(adminDir, INLINE_CSS), inline);
  return [...links, `${ADMIN_PATH}${INLINE_CSS}`];
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.yml': 'text/yaml',
  '.html': 'text/html',
  '.txt': 'text/plain',
};

/** The integration: writes `dist/admin/` after a build, and serves `/admin/` in `astro dev`. */
export default function decapAdmin(): AstroIntegration {
  let siteUrl: string | undefined;
  return {
    name: 'storefront:decap-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteUrl = config.site;
      },
      'astro:server:setup': ({ server }) => {
        // The site's stylesheet as Vite serves it to a <link>: Decap's preview frame links it.
        const files: Record<string, () => Promise<string | Buffer>> = {
          '': async () => adminPageHtml(),
          'index.html': async () => adminPageHtml(),
          [CONFIG_FILE]: async () => configFileText(configFor(process.env, true, siteUrl)),
          [SETUP_SCRIPT]: async () => setupScript(['/src/styles/global.css']),
        };
        server.middlewares.use((request, response, next) => {
          const url = new URL(request.url ?? '/', 'http://localhost');
          if (!url.pathname.startsWith(ADMIN_PATH)) return next();
          const name = url.pathname.slice(ADMIN_PATH.length);
          const read =
            files[name] ?? (isBundleFile(name) ? () => readFile(path.join(decapDistDir(), name)) : null);
          if (!read) return next();
          read().then(
            (body) => {
              response.setHeader('Content-Type', TYPES[path.extname(name) || '.html'] ?? 'text/plain');
              response.end(body);
            },
            (error: unknown) => next(error),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const adminDir = path.join(outDir, ADMIN_PATH);
        await mkdir(adminDir, { recursive: true });
        const source = decapDistDir();
        const bundle = (await readdir(source)).filter(isBundleFile);
        await Promise.all(bundle.map((name) => copyFile(path.join(source, name), path.join(adminDir, name))));
        const config = configFor(process.env, false, siteUrl);
        const stylesheets = await previewStylesheets(outDir, adminDir);
        await writeFile(path.join(adminDir, 'index.html'), adminPageHtml());
        await writeFile(path.join(adminDir, CONFIG_FILE), configFileText(config));
        await writeFile(path.join(adminDir, SETUP_SCRIPT), setupScript(stylesheets));
        if (!(config.backend as { repo?: string }).repo)
          logger.warn('No repository for the CMS: set DECAP_GITHUB_REPO (owner/name) for /admin/ to sign in');
        logger.info(`Decap CMS written to ${ADMIN_PATH} in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
