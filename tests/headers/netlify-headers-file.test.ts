import { describe, expect, it } from 'vitest';
import {
  HeadersFileError,
  headersForPath,
  parseHeadersFile,
  renderHeadersFile,
  type HeaderRule,
} from '../../src/lib/headers/netlify-headers-file';

const rules: HeaderRule[] = [
  {
    path: '/*',
    headers: { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "frame-ancestors 'none'" },
  },
  { path: '/admin/*', headers: { 'Content-Security-Policy': "default-src 'self'" } },
  { path: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
  { path: '/sitemap-0.xml', headers: { 'Cache-Control': 'public, max-age=0, must-revalidate' } },
];

describe('renderHeadersFile and parseHeadersFile', () => {
  it('write Netlify’s format (path, then indented headers) and read it back unchanged', () => {
    const text = renderHeadersFile(rules, ['made by a test']);
    expect(text.split('\n').slice(0, 4)).toEqual([
      '# made by a test',
      '/*',
      '  X-Content-Type-Options: nosniff',
      "  Content-Security-Policy: frame-ancestors 'none'",
    ]);
    expect(parseHeadersFile(text)).toEqual(rules);
  });

  it('refuse a header value that would break the file, naming the header', () => {
    expect(() => renderHeadersFile([{ path: '/*', headers: { 'X-A': 'one\ntwo' } }])).toThrow(
      new HeadersFileError('the value of X-A spans lines'),
    );
    expect(() => renderHeadersFile([{ path: 'admin', headers: {} }])).toThrow(/must start with \//);
  });

  it('name the line it cannot read', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow('_headers: line 1 is neither a path nor a header');
  });
});

describe('headersForPath', () => {
  it('applies every matching rule, `*` spanning slashes', () => {
    expect(headersForPath(rules, '/_astro/chunks/a.js')).toEqual({
      'x-content-type-options': 'nosniff',
      'content-security-policy': "frame-ancestors 'none'",
      'cache-control': 'public, max-age=31536000, immutable',
    });
    expect(headersForPath(rules, '/sitemap-0.xml')['cache-control']).toContain('max-age=0');
    expect(headersForPath(rules, '/sitemap-0xxml')['cache-control']).toBeUndefined();
  });

  it('joins a header two rules set, as two policies', () => {
    expect(headersForPath(rules, '/admin/')['content-security-policy']).toBe(
      "frame-ancestors 'none', default-src 'self'",
    );
  });
});
