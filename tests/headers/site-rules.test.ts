import { describe, expect, it } from 'vitest';
import { headersForPath } from '../../src/lib/headers/netlify-headers-file';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS, siteHeaderRules } from '../../src/lib/headers/site-rules';

const rules = siteHeaderRules({
  origins: { graphql: 'https://store-abc.mybigcommerce.com', images: ['https://cdn11.bigcommerce.com'] },
  sitemapFiles: ['sitemap-index.xml', 'sitemap-0.xml'],
});
const at = (path: string) => headersForPath(rules, path);

describe('siteHeaderRules', () => {
  it('sends the security headers with every path', () => {
    for (const path of [
      '/',
      '/a-product/',
      '/products/old.html',
      '/_astro/x.js',
      '/pagefind/pagefind.js',
      '/admin/',
    ]) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(at(path)[name.toLowerCase()]).toBe(value);
      expect(at(path)['content-security-policy']).toContain("frame-ancestors 'none'");
    }
  });

  it('caches hashed assets for a year, and makes the search index and the sitemaps revalidate', () => {
    expect(at('/_astro/Header.B17zO6Bp.js')['cache-control']).toBe(IMMUTABLE);
    expect(at('/pagefind/fragment/en_1.pf_fragment')['cache-control']).toBe(REVALIDATE);
    expect(at('/sitemap-index.xml')['cache-control']).toBe(REVALIDATE);
    expect(at('/sitemap-0.xml')['cache-control']).toBe(REVALIDATE);
  });

  it('makes the CMS, whose bundle names carry no hash, revalidate, and serves its config as YAML', () => {
    expect(at('/admin/decap-cms.js')['cache-control']).toBe(REVALIDATE);
    expect(at('/admin/config.yml')['content-type']).toBe('text/yaml; charset=utf-8');
    expect(at('/admin/')['content-type']).toBeUndefined();
  });

  it('leaves pages to Netlify’s default (revalidate) rather than a rule that would also match assets', () => {
    expect(at('/a-product/')['cache-control']).toBeUndefined();
    expect(at('/')['cache-control']).toBeUndefined();
  });

  it('never sets a header twice on one path, except the two policies of /admin/ and /pagefind/', () => {
    const paths = [
      '/',
      '/x/',
      '/_astro/a.js',
      '/pagefind/p.js',
      '/sitemap-0.xml',
      '/admin/',
      '/admin/config.yml',
    ];
    for (const path of paths) {
      const doubled = Object.entries(at(path)).filter(
        ([name, value]) => name !== 'content-security-policy' && value.includes(', public'),
      );
      expect(doubled, path).toEqual([]);
    }
    expect(at('/x/')['content-security-policy']).not.toContain(',');
    const admin = at('/admin/')['content-security-policy'].split(', ');
    expect(admin).toHaveLength(2);
    for (const policy of admin) expect(policy).toContain("frame-ancestors 'none'");
    expect(admin[1]).toContain('https://api.github.com');
    const search = at('/pagefind/pagefind-worker.js')['content-security-policy'].split(', ');
    expect(search).toHaveLength(2);
    expect(search[1]).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });
});
