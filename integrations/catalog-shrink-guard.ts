/**
 * The shrink guard in the build: before any page is rendered, this build's catalog (staged by the
 * loader) is judged against the last successful build's manifest; once the build is done, its
 * manifest becomes the one the next build is judged against. Keep it the last integration, so no
 * later `astro:build:done` step can fail after the manifest was recorded.
 */
import type { AstroIntegration } from 'astro';
import {
  manifestPathFrom,
  readManifest,
  stagedCatalogManifest,
  writeManifest,
} from '../src/lib/catalog/catalog-manifest-file';
import { judgeShrink, shrinkAllowedBy, shrinkLimitFrom } from '../src/lib/catalog/shrink-guard';

/** The integration: judge on `astro:build:start`, record on `astro:build:done`. */
export default function catalogShrinkGuard(): AstroIntegration {
  return {
    name: 'storefront:catalog-shrink-guard',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const current = stagedCatalogManifest();
        if (!current) return logger.warn('no catalog was loaded, so the shrink guard has nothing to judge');
        const file = manifestPathFrom(process.env);
        const previous = await readManifest(file, (message) => logger.warn(message));
        const verdict = judgeShrink(
          previous,
          current,
          shrinkLimitFrom(process.env),
          shrinkAllowedBy(process.env),
        );
        if (!verdict.ok) throw new Error(verdict.message);
        for (const note of verdict.notes) logger.warn(note);
        if (!previous) logger.info(`no earlier catalog manifest at ${file}: this build sets the baseline`);
      },
      'astro:build:done': async ({ logger }) => {
        const current = stagedCatalogManifest();
        if (!current) return;
        const file = manifestPathFrom(process.env);
        await writeManifest(file, current);
        const counts = `${current.products.length} products, ${current.categories.length} categories, ${current.brands.length} brands`;
        logger.info(`catalog manifest recorded (${counts}) in ${file}`);
      },
    },
  };
}
