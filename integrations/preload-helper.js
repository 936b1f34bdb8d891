/**
 * The browser's `import()` helper, in place of Vite's (see `browser-bundle.ts`): before loading a lazy
 * chunk, it asks for the chunks that one imports at the same time (`modulepreload`), so they do not load
 * one after another, and it adds the chunk's stylesheets, waiting for them so nothing shows unstyled.
 */
/* global document */

const requested = {};

function request(href) {
  const link = document.createElement('link');
  const css = href.endsWith('.css');
  link.rel = css ? 'stylesheet' : 'modulepreload';
  link.href = href;
  document.head.append(link);
  // A stylesheet that fails still lets the chunk load, as the rest of the page does without it.
  return css && new Promise((settle) => (link.onload = link.onerror = settle));
}

/** Runs `load` (an `import()`) once its dependencies `deps` (paths from the site root) are requested. */
export const __vitePreload = (load, deps) =>
  Promise.all((deps || []).map((dep) => (requested[dep] ??= request(import.meta.env.BASE_URL + dep)))).then(
    () => load(),
  );
