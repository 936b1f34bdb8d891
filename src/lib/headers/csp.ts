/**
 * The Content-Security-Policy of the storefront, computed from the store configuration the build
 * uses. Pages carry their policy in a `<meta>` that Astro writes (`security.csp`, which hashes every
 * inline script and style a page holds); the response header adds what a `<meta>` cannot carry.
 */
import type { AstroUserConfig } from 'astro';
import { channelIdFrom, storeEndpoint, type Env } from '../config';

/** Where BigCommerce serves catalog images: `https://cdn11.bigcommerce.com/s-{hash}/images/stencil/…`. */
export const BIGCOMMERCE_IMAGE_CDN = 'https://cdn11.bigcommerce.com';

/** The origins beyond the site's own that its pages talk to. */
export interface StoreOrigins {
  /** The GraphQL Storefront API the cart calls, when a store is configured. */
  graphql?: string;
  /** Where product, category and brand images come from. */
  images: string[];
}

const isLoopback = (host: string) => host === 'localhost' || host === '[::1]' || /^127\./.test(host);

/**
 * The store's origins from the same variables the build reads. The local sample store serves its
 * images from its own origin; a BigCommerce store serves them from its CDN.
 */
export function storeOriginsFrom(env: Env): StoreOrigins {
  const endpoint = storeEndpoint(env.BIGCOMMERCE_GRAPHQL_URL, env.BIGCOMMERCE_STORE_HASH, channelIdFrom(env));
  if (!endpoint) return { images: [] };
  const url = new URL(endpoint);
  const images = isLoopback(url.hostname) ? [url.origin] : [url.origin, BIGCOMMERCE_IMAGE_CDN];
  return { graphql: url.origin, images };
}

/** `name` and its sources, each once, in order (Astro's config types a directive by its name). */
const directive = <Name extends string>(name: Name, ...sources: (string | undefined)[]) =>
  [name, ...new Set(sources.filter(Boolean))].join(' ') as `${Name} ${string}`;

/** Astro's `security.csp` settings object. */
export type AstroCsp = Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>;

/** What every response's policy says, in the header: none of it limits what a page loads. */
export function documentPolicy(): string {
  // frame-ancestors works only in a header; the rest are repeated there so that a page whose
  // `<meta>` were lost still could not be framed, re-based, or post its forms elsewhere.
  return [
    directive('frame-ancestors', "'none'"),
    directive('base-uri', "'self'"),
    directive('object-src', "'none'"),
    directive('form-action', "'self'"),
  ].join('; ');
}

/**
 * The `img-src` a page adds for the images in its sanitised merchant HTML (a description), which may
 * come from any host: the origin of each absolute URL, the host alone of a protocol-relative one (it
 * takes the page's scheme). Undefined when it has none. Astro merges it into the page's `img-src`,
 * each source once; parsing through `URL` keeps any other merchant text out of the policy.
 */
export function merchantImageDirective(html: string): `img-src ${string}` | undefined {
  const sources = new Set<string>();
  for (const [, src] of html.matchAll(/<img\b[^>]*?\ssrc="([^"]+)"/g)) {
    const relative = src.startsWith('//');
    if (!relative && !/^https?:\/\//i.test(src)) continue;
    try {
      const url = new URL(relative ? `https:${src}` : src);
      sources.add(relative ? url.host : url.origin);
    } catch {
      // An unparsable src loads nothing; the browser shows its alt text.
    }
  }
  return sources.size ? directive('img-src', ...sources) : undefined;
}

/** Astro's `security.csp` for the pages: the fetch directives; Astro adds the hashes. */
export function pageCsp(origins: StoreOrigins): AstroCsp {
  return {
    algorithm: 'SHA-256',
    directives: [
      directive('default-src', "'self'"),
      directive('connect-src', "'self'", origins.graphql),
      directive('img-src', "'self'", ...origins.images),
      // Pagefind searches in a Web Worker started from its own file (/pagefind/pagefind-worker.js).
      directive('worker-src', "'self'"),
      directive('object-src', "'none'"),
      directive('base-uri', "'self'"),
      // The search box submits to /search/; checkout is a navigation (location.assign), which CSP
      // does not govern, so the hosted checkout's origin needs no entry.
      directive('form-action', "'self'"),
    ],
    // Pagefind compiles its WebAssembly in the page when its worker cannot start.
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    styleDirective: {
      // Swatch colours and the rating bar are style attributes, which hashes cannot cover per value.
      resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
    },
  };
}

/**
 * The policy of Pagefind's files, which is the policy its worker runs under (a worker started from a
 * URL takes the policy of that URL's response, not the page's): it compiles WebAssembly and fetches
 * the index, both from the site.
 */
export function searchWorkerPolicy(): string {
  return [
    directive('default-src', "'none'"),
    directive('script-src', "'self'", "'wasm-unsafe-eval'"),
    directive('connect-src', "'self'"),
    documentPolicy(),
  ].join('; ');
}

/** Decap CMS origins: the GitHub API it commits through, and Netlify's OAuth for signing in. */
export const CMS_ORIGINS = {
  // GitHub's API for the content, its status page (Decap checks it), Netlify's OAuth.
  connect: ['https://api.github.com', 'https://www.githubstatus.com', 'https://api.netlify.com'],
  images: ['https://raw.githubusercontent.com', 'https://avatars.githubusercontent.com'],
} as const;

/**
 * The policy of the CMS under /admin/: a same-origin bundle that evaluates code and injects its
 * styles at run time, so looser than the shop's pages; it still cannot be framed or load scripts
 * from elsewhere.
 */
export function cmsPolicy(origins: StoreOrigins): string {
  return [
    directive('default-src', "'self'"),
    directive('script-src', "'self'", "'unsafe-eval'"),
    directive('style-src', "'self'", "'unsafe-inline'"),
    directive('img-src', "'self'", 'data:', 'blob:', ...CMS_ORIGINS.images, ...origins.images),
    directive('connect-src', "'self'", ...CMS_ORIGINS.connect),
    directive('frame-src', "'self'", 'blob:'),
    documentPolicy(),
  ].join('; ');
}
