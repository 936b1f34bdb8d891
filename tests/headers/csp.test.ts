import { describe, expect, it } from 'vitest';
import {
  BIGCOMMERCE_IMAGE_CDN,
  cmsPolicy,
  documentPolicy,
  merchantImageDirective,
  pageCsp,
  searchWorkerPolicy,
  storeOriginsFrom,
} from '../../src/lib/headers/csp';

describe('storeOriginsFrom', () => {
  it('allows a BigCommerce store’s GraphQL host and its image CDN, for the configured channel', () => {
    expect(storeOriginsFrom({ BIGCOMMERCE_STORE_HASH: 'abc123', BIGCOMMERCE_CHANNEL_ID: '2' })).toEqual({
      graphql: 'https://store-abc123-2.mybigcommerce.com',
      images: ['https://store-abc123-2.mybigcommerce.com', BIGCOMMERCE_IMAGE_CDN],
    });
  });

  it('takes a custom GraphQL URL’s origin, path and all left out', () => {
    expect(storeOriginsFrom({ BIGCOMMERCE_GRAPHQL_URL: 'https://shop.example.com/graphql' }).graphql).toBe(
      'https://shop.example.com',
    );
  });

  it('allows only the local store itself for images, since it serves them', () => {
    expect(storeOriginsFrom({ BIGCOMMERCE_GRAPHQL_URL: 'http://127.0.0.1:4010/graphql' })).toEqual({
      graphql: 'http://127.0.0.1:4010',
      images: ['http://127.0.0.1:4010'],
    });
  });

  it('allows nothing beyond the site when no store is configured', () => {
    expect(storeOriginsFrom({})).toEqual({ images: [] });
  });
});

describe('pageCsp', () => {
  it('lets pages reach the store and Pagefind run its worker and WebAssembly, and nothing more', () => {
    const csp = pageCsp(storeOriginsFrom({ BIGCOMMERCE_STORE_HASH: 'abc123' }));
    expect(csp.directives).toEqual([
      "default-src 'self'",
      "connect-src 'self' https://store-abc123.mybigcommerce.com",
      `img-src 'self' https://store-abc123.mybigcommerce.com ${BIGCOMMERCE_IMAGE_CDN}`,
      "worker-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ]);
    expect(csp.scriptDirective?.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('allows inline style attributes only, never inline scripts or style elements', () => {
    const csp = pageCsp({ images: [] });
    expect(csp.styleDirective?.resources).toEqual([
      "'self'",
      { resource: "'unsafe-inline'", kind: 'attribute' },
    ]);
    expect(JSON.stringify(csp.scriptDirective)).not.toContain('unsafe-inline');
  });

  it('holds no directive a <meta> policy ignores', () => {
    const names = (pageCsp({ images: [] }).directives ?? []).map((directive) => directive.split(' ')[0]);
    for (const headerOnly of ['frame-ancestors', 'report-uri', 'sandbox'])
      expect(names).not.toContain(headerOnly);
  });
});

describe('documentPolicy and cmsPolicy', () => {
  it('forbid framing in both, so /admin/ stays unframed whichever policy Netlify sends', () => {
    expect(documentPolicy()).toContain("frame-ancestors 'none'");
    expect(cmsPolicy({ images: [] })).toContain(documentPolicy());
  });

  it('lets the CMS call GitHub and Netlify and show the store’s images', () => {
    const policy = cmsPolicy({ graphql: 'https://s.example', images: ['https://cdn.example'] });
    expect(policy).toContain(
      "connect-src 'self' https://api.github.com https://www.githubstatus.com https://api.netlify.com;",
    );
    expect(policy).toMatch(/img-src [^;]*https:\/\/cdn\.example/);
    expect(policy).toContain("script-src 'self' 'unsafe-eval';");
  });
});

describe('searchWorkerPolicy', () => {
  it('lets Pagefind’s worker compile WebAssembly and fetch the index from the site only', () => {
    expect(searchWorkerPolicy()).toMatch(
      /^default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; frame-ancestors 'none'/,
    );
  });
});

describe('merchantImageDirective', () => {
  it('allows the hosts a description’s images come from, each once', () => {
    const html =
      '<p><img src="https://images.example.com/a.png?x=1&amp;y=2" alt="" /><img src="https://images.example.com/b.png" />' +
      '<img src="//cdn.example.net/c.png" /><img src="http://old.example.org:8080/d.png" /></p>';
    expect(merchantImageDirective(html)).toBe(
      'img-src https://images.example.com cdn.example.net http://old.example.org:8080',
    );
  });

  it('adds nothing for relative images or a description without images', () => {
    expect(merchantImageDirective('<img src="/x.png" /><img src="x" /><p>text</p>')).toBeUndefined();
  });

  it('keeps merchant text other than a URL’s origin out of the policy', () => {
    const directive = merchantImageDirective('<img src="https://a.example/x.png;script-src *" />');
    expect(directive).toBe('img-src https://a.example');
  });
});
