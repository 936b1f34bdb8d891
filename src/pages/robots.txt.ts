/** robots.txt, pointing crawlers at the sitemap on the configured site URL. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/seo/robots';

/** Serves robots.txt as plain text. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
