/**
 * The markdown processor of the site: Astro's own (Sätteri), with every rendered document passed
 * through the project's sanitiser, so raw HTML a marketer pastes cannot ship a script or handler.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { ASTRO_IMAGE_MARKER, sanitiseRenderedMarkdown } from '../catalog/sanitise';

type Processor = ReturnType<typeof satteri>;
type HastPlugins = NonNullable<NonNullable<Parameters<typeof satteri>[0]>['hastPlugins']>;

// Runs before Astro's image marker: an author's own `__ASTRO_IMAGE_` attribute would otherwise pass
// the final sanitising as Astro's, and be spread onto the rendered <img>.
const authorMarkers: HastPlugins[number] = {
  name: 'strip-author-image-markers',
  raw: (node) => ({ ...node, value: node.value.replaceAll(ASTRO_IMAGE_MARKER, '') }),
  element: {
    filter: ['img'],
    visit(node, ctx) {
      if (node.properties && ASTRO_IMAGE_MARKER in node.properties)
        ctx.setProperty(node, ASTRO_IMAGE_MARKER, null);
    },
  },
};

/** Sätteri, its output sanitised by `sanitiseRenderedMarkdown`; `markdown.processor` in astro.config.mjs. */
export function sanitisedMarkdown(): Processor {
  const inner = satteri({ hastPlugins: [authorMarkers] });
  return {
    ...inner,
    async createRenderer(shared) {
      const renderer = await inner.createRenderer(shared);
      return {
        async render(content, options) {
          const result = await renderer.render(content, options);
          return { ...result, code: sanitiseRenderedMarkdown(result.code) };
        },
      };
    },
  };
}
