/**
 * How the browser's JavaScript is packaged, for the product page's 16 KB budget (BENCHMARKS.md): which
 * modules share a file, a small `import()` helper in place of Vite's, and GraphQL documents without
 * their indentation. Behaviour is unchanged; the bytes a page loads are fewer.
 */
import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { compactGraphQLPlugin } from './compact-graphql';

/** A chunk group's test: whether a module id is one of these files under `src/`. */
const srcFiles =
  (...files: string[]) =>
  (id: string) =>
    files.some((file) => id.replaceAll('\\', '/').endsWith(`/src/${file}`));

/**
 * Left alone, Rolldown gives each set of islands and lazy imports that share modules a chunk of its
 * own: seven files on a product page, each compressed apart. With these groups, five.
 */
const CHUNK_GROUPS = [
  {
    // Every page runs the cart button at once, so it shares one file with everything it imports:
    // Preact, nanostores, the cart's stores and the browser client (Astro's renderer stays apart).
    name: 'cart-button',
    test: srcFiles('components/cart/CartButton.tsx'),
    priority: 2,
  },
  {
    // What the add-to-cart island shares with the cart code loaded later (the drawer, the cart page,
    // a vanished cart's restore): money, the live price and stock query, the failure message.
    name: 'add-to-cart-shared',
    test: srcFiles(
      'lib/money.ts',
      'lib/cart/messages.ts',
      'lib/cart/live.ts',
      'components/cart/CartStatusMessage.tsx',
    ),
    priority: 1,
  },
];

const VITE_PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite's `import()` helper (0.6 KB gzip on every page) also handles CSP nonces, browsers without
 * `modulepreload` and a `vite:preloadError` event, none of which this site uses. `preload-helper.js`
 * keeps what it needs: the lazy chunk's imports requested at once, its stylesheets waited for.
 */
function preloadHelperPlugin(): Plugin {
  return {
    name: 'storefront:preload-helper',
    apply: 'build',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    load(id) {
      if (id === VITE_PRELOAD_HELPER)
        return readFileSync(new URL('./preload-helper.js', import.meta.url), 'utf8');
    },
    generateBundle(_options, bundle) {
      // Vite's helper back in the bundle means Vite renamed it and this plugin no longer applies.
      const stale = Object.values(bundle).find(
        (file) => file.type === 'chunk' && file.code.includes('vite:preloadError'),
      );
      if (stale) this.error(`Vite's preload helper is in ${stale.fileName}: update ${import.meta.url}`);
    },
  };
}

/** The integration: chunk groups, the small `import()` helper and compact GraphQL in the client build. */
export default function browserBundle(): AstroIntegration {
  return {
    name: 'storefront:browser-bundle',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [preloadHelperPlugin(), compactGraphQLPlugin()],
            environments: {
              client: { build: { rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } } } },
            },
          },
        });
      },
    },
  };
}
