/**
 * The files of the admin UI at `/admin/` (pure): its page, the script that styles Decap's previews
 * with the site's own stylesheets, and the configuration file. No inline script, so a strict CSP holds.
 */
import { ADMIN_PATH } from './decap-config';

/** Decap's prebuilt browser bundle, as the `decap-cms` package names it. */
export const DECAP_SCRIPT = 'decap-cms.js';

/** The admin page's own setup script: preview styles and templates. */
export const SETUP_SCRIPT = 'cms-setup.js';

/** The configuration file Decap loads from beside its page. */
export const CONFIG_FILE = 'config.yml';

/** The admin page: Decap's bundle, then the setup script, with the configuration file linked. */
export function adminPageHtml(): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Content manager</title>
    <link href="${ADMIN_PATH}${CONFIG_FILE}" type="text/yaml" rel="cms-config-url" />
  </head>
  <body>
    <script src="${ADMIN_PATH}${DECAP_SCRIPT}"></script>
    <script src="${ADMIN_PATH}${SETUP_SCRIPT}"></script>
  </body>
</html>
`;
}

/**
 * The setup script: registers each of the site's stylesheets for previews, and preview templates that
 * put a page's or post's title and body in the site's own landmarks, so a draft reads like the page.
 */
export function setupScript(stylesheets: readonly string[]): string {
  const styles = stylesheets.map((href) => `CMS.registerPreviewStyle(${JSON.stringify(href)});`);
  return `${styles.join('\n')}
(function () {
  var h = window.h;
  function article(props) {
    var data = props.entry.get('data');
    return h('main', { id: 'main' }, h('article', { className: 'content-preview' },
      h('h1', null, data.get('title')),
      data.get('description') ? h('p', null, data.get('description')) : null,
      props.widgetFor('body')));
  }
  CMS.registerPreviewTemplate('blog', article);
  CMS.registerPreviewTemplate('pages', article);
})();
`;
}

/** The configuration file's text: JSON, which is YAML too, so no YAML writer is needed. */
export const configFileText = (config: Record<string, unknown>) => `${JSON.stringify(config, null, 2)}\n`;

/** The CSS of a built page's inline `<style>` elements (Astro inlines small stylesheets), joined. */
export function inlineStyles(html: string): string {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1]).join('\n');
}

/** The stylesheet URLs a built page links to (`<link rel="stylesheet" href>`), in order. */
export function stylesheetLinks(html: string): string[] {
  const links = html.match(/<link\b[^>]*>/gi) ?? [];
  return links
    .filter((tag) => /\brel=["']?stylesheet\b/i.test(tag))
    .map((tag) => /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1])
    .filter((href): href is string => Boolean(href));
}
