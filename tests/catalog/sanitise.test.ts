import { describe, expect, it } from 'vitest';
import { htmlToText, sanitiseHtml } from '../../src/lib/catalog/sanitise';

describe('sanitiseHtml against XSS payloads', () => {
  const payloads: [string, string][] = [
    ['a script tag', '<p>Hi</p><script>alert(1)</script>'],
    ['an image with onerror', '<img src="https://cdn.example/x.jpg" onerror="alert(1)">'],
    ['a javascript: link', '<a href="javascript:alert(1)">click</a>'],
    ['an obfuscated javascript: link', '<a href="  JaVaScRiPt&colon;alert(1)">click</a>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['an svg with onload', '<svg onload="alert(1)"><circle r="1"/></svg>'],
    ['a style expression', '<p style="width: expression(alert(1))">x</p>'],
    ['a style tag', '<style>body{background:url(javascript:alert(1))}</style>'],
    ['a data: image', '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">'],
    ['a data: link', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
    ['an event handler on a table cell', '<table><tr><td onclick="alert(1)">x</td></tr></table>'],
    ['a form', '<form action="https://evil.example"><input name="card"></form>'],
    ['an object', '<object data="https://evil.example/x.swf"></object>'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
  ];

  it.each(payloads)('neutralises %s', (_name, html) => {
    const clean = sanitiseHtml(html);
    expect(clean).not.toMatch(/<script|<iframe|<svg|<style|<form|<input|<object|<meta/i);
    expect(clean).not.toMatch(/\son\w+\s*=/i);
    expect(clean).not.toMatch(/javascript:|data:|expression\(/i);
    expect(clean).not.toMatch(/style=/i);
  });

  it('keeps headings, lists, tables, emphasis and safe links', () => {
    const html =
      '<h2>Care</h2><ul><li><strong>Water</strong> <em>weekly</em></li></ul>' +
      '<table><tr><th>Size</th><td>Large</td></tr></table><a href="https://example.com/guide">Guide</a>';
    expect(sanitiseHtml(html)).toBe(html);
  });

  it('adds rel="noopener" to links that open a new tab, and drops other targets', () => {
    expect(sanitiseHtml('<a href="https://example.com" target="_blank">x</a>')).toBe(
      '<a href="https://example.com" target="_blank" rel="noopener noreferrer">x</a>',
    );
    expect(sanitiseHtml('<a href="https://example.com" target="frame1">x</a>')).toBe(
      '<a href="https://example.com">x</a>',
    );
  });

  it('keeps http(s) images, lazily loaded, and drops images whose src was unsafe', () => {
    expect(sanitiseHtml('<img src="https://cdn.example/a.jpg" alt="A">')).toBe(
      '<img src="https://cdn.example/a.jpg" alt="A" loading="lazy" decoding="async" />',
    );
    expect(sanitiseHtml('<p><img src="javascript:alert(1)" alt="x"></p>')).toBe('<p></p>');
  });

  it('steps merchant h1 headings down, since the page has its own', () => {
    expect(sanitiseHtml('<h1>Title</h1>')).toBe('<h2>Title</h2>');
  });
});

describe('htmlToText', () => {
  it('gives readable text with block boundaries as spaces and entities decoded', () => {
    expect(
      htmlToText('<p>Glass &amp; oak</p><p>Holds&nbsp;2&nbsp;L &lt;approx.&gt;</p><script>x()</script>'),
    ).toBe('Glass & oak Holds 2 L <approx.>');
    expect(htmlToText('un<b>break</b>able')).toBe('unbreakable');
  });
});
