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
  it('decodes named, decimal and hex entities, once', () => {
    expect(htmlToText('<p>It&rsquo;s a caf&eacute; &#x2019;n&#8217; bar&nbsp;&amp;&nbsp;grill</p>')).toBe(
      'It’s a café ’n’ bar & grill',
    );
    expect(htmlToText('5 &lt; 6 &gt; 4, &quot;&#39;quoted&apos;&quot;')).toBe('5 < 6 > 4, "\'quoted\'"');
    // Text that shows an entity keeps showing it, and escaped markup stays text.
    expect(htmlToText('Write &amp;lt; for &lt;, &amp;amp; for &amp;')).toBe('Write &lt; for <, &amp; for &');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
  });

  it('separates the words of blocks, list items, cells and line breaks, but not of inline markup', () => {
    expect(htmlToText('<h2>Care</h2><p>Wipe clean.</p><section>Dry</section><section>well</section>')).toBe(
      'Care Wipe clean. Dry well',
    );
    expect(
      htmlToText('<ul><li>Glass</li><li>Oak</li></ul><table><tr><td>1</td><td>2 L</td></tr></table>'),
    ).toBe('Glass Oak 1 2 L');
    expect(htmlToText('one<br>two<hr>three<div>four</div>five')).toBe('one two three four five');
    expect(htmlToText('un<b>break</b><em>able</em> <a href="/x">link</a>ed')).toBe('unbreakable linked');
  });

  it('drops scripts, styles, comments and other non-text content', () => {
    expect(
      htmlToText(
        'Before<script>document.write("<p>x</p>")</script><style>p { color: red }</style>' +
          '<!-- merchant note --><noscript>Enable JS</noscript><template>Hidden</template>after',
      ),
    ).toBe('Beforeafter');
    expect(htmlToText('<p onclick="x()" title="tip">Plain<img src="a.jpg" alt="photo"></p>')).toBe('Plain');
  });

  it('collapses every run of whitespace, non-breaking spaces included, and trims', () => {
    expect(htmlToText('  <p>\n\tGlass \u00a0 &nbsp; oak\r\n</p>  ')).toBe('Glass oak');
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<p> </p><br>')).toBe('');
  });
});
