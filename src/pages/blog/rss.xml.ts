/** The blog's RSS feed at `/blog/rss.xml`: every published post, newest first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { BLOG_PATH, postPath } from '../../lib/content/content-paths';
import { readSiteContent } from '../../lib/content/read-site-content';
import { loadSettings } from '../../lib/routes/read-site-data';

/** Renders the feed. */
export async function GET(context: APIContext): Promise<Response> {
  const [{ posts }, settings] = await Promise.all([readSiteContent(), loadSettings()]);
  const site = context.site ?? new URL(context.url.origin);
  return rss({
    title: `${settings.storeName} journal`,
    description: `Stories, guides and ideas from ${settings.storeName}.`,
    site: new URL(BLOG_PATH, site),
    trailingSlash: true,
    items: posts.map((post) => ({
      title: post.data.title,
      description: post.data.description,
      pubDate: post.data.date,
      author: post.data.author,
      categories: post.data.tags,
      link: new URL(postPath(post.id), site).href,
    })),
  });
}
