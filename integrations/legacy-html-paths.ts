/**
 * Serves pages whose BigCommerce path ends in `.html` (the legacy `/products/name.html` URL
 * format) at exactly that URL. Astro writes every page as `{path}/index.html`, which a static host
 * would answer at `/products/name.html/` after a redirect, so the file is moved to `{path}` itself.
 */
import { readdir, rename, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isLegacyFilePath } from '../src/lib/routes/site-paths';

/** The public URL of a built page: Astro's trailing slash removed from a legacy `.html` page. */
export const publicPageUrl = (url: string) => (isLegacyFilePath(url) ? url.replace(/\/$/, '') : url);

/** For each built page pathname (`products/a.html/`), where Astro wrote it and where it belongs. */
export function legacyFileMoves(pathnames: readonly string[]): { from: string; to: string }[] {
  return pathnames
    .map((pathname) => pathname.replace(/^\/+|\/+$/g, ''))
    .filter(isLegacyFilePath)
    .map((file) => ({ from: `${file}/index.html`, to: file }));
}

/** Moves `dir/from` to `dir/to`, where `to` is the folder `from` sits in. */
async function moveIntoPlace(dir: string, move: { from: string; to: string }): Promise<void> {
  const others = (await readdir(path.join(dir, move.to))).filter((name) => name !== 'index.html');
  if (others.length > 0) {
    throw new Error(
      `Cannot write the page /${move.to} as a file: other pages are built under it (${others.join(', ')})`,
    );
  }
  const parked = path.join(dir, `${move.to}.moving`);
  await rename(path.join(dir, move.from), parked);
  await rmdir(path.join(dir, move.to));
  await rename(parked, path.join(dir, move.to));
}

/** The integration: after the build, legacy `.html` pages move from `{path}/index.html` to `{path}`. */
export default function legacyHtmlPaths(): AstroIntegration {
  return {
    name: 'storefront:legacy-html-paths',
    hooks: {
      // `astro dev` routes such a page at `{path}/`; serve it at `{path}` too, as the built site does.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, _response, next) => {
          const [pathname, query] = (request.url ?? '').split(/\?(.*)/s, 2);
          if (isLegacyFilePath(pathname) && !pathname.endsWith('/')) {
            request.url = `${pathname}/${query ? `?${query}` : ''}`;
          }
          next();
        });
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const moves = legacyFileMoves(pages.map((page) => page.pathname));
        for (const move of moves) await moveIntoPlace(fileURLToPath(dir), move);
        if (moves.length) logger.info(`${moves.length} page(s) written at legacy .html paths`);
      },
    },
  };
}
