/**
 * How the browser's JavaScript is packaged, for the product page's 16 KB budget (BENCHMARKS.md): which
 * modules share a file. Behaviour is unchanged; the bytes a page loads are fewer.
 */
import type { AstroIntegration } from 'astro';

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

/** The integration: chunk groups in the client build. */
export default function browserBundle(): AstroIntegration {
  return {
    name: 'storefront:browser-bundle',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            environments: {
              client: { build: { rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } } } },
            },
          },
        });
      },
    },
  };
}
