import { describe, expect, it } from 'vitest';
import { sanitiseExcerpt } from '../../src/lib/search/excerpt';

/** The elements a browser would build from the sanitised HTML. */
function elementsOf(html: string): string[] {
  return [...html.matchAll(/<([a-z][^\s/>]*)/gi)].map((match) => match[1].toLowerCase());
}

describe('sanitiseExcerpt', () => {
  it('keeps the highlight around the words matched', () => {
    expect(sanitiseExcerpt('A speckled <mark>mug</mark> for tea')).toBe(
      'A speckled <mark>mug</mark> for tea',
    );
  });

  it('shows every other tag as text, so merchant text never becomes markup', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<svg/onload=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '<!-- <script>alert(1)</script> -->',
      '<mark onclick="alert(1)">x</mark>',
      '<MARK>x</MARK>',
      '<mark >x</mark >',
      '<iframe srcdoc="<script>alert(1)</script>">',
      '"><script>alert(1)</script>',
    ];
    for (const text of hostile) {
      const html = sanitiseExcerpt(`before ${text} after <mark>hit</mark>`);
      expect(elementsOf(html), text).toEqual(['mark']);
      expect(html, text).not.toMatch(/<(?!\/?mark>)/);
    }
  });

  it('escapes quotes, so the result is safe in an attribute too', () => {
    expect(sanitiseExcerpt(`say "hi" it's`)).toBe('say &quot;hi&quot; it&#39;s');
  });

  it('keeps the entities Pagefind wrote, so escaped text reads as it was typed', () => {
    const excerpt = '<mark>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</mark> Test Mug &amp; co';
    expect(sanitiseExcerpt(excerpt)).toBe(excerpt);
  });

  it('escapes an ampersand that starts no entity', () => {
    expect(sanitiseExcerpt('Salt & Pepper &c &#x;')).toBe('Salt &amp; Pepper &amp;c &amp;#x;');
  });

  it('drops a stray closing highlight and closes one left open', () => {
    expect(sanitiseExcerpt('a </mark>b <mark>c <mark>d')).toBe('a b <mark>c d</mark>');
  });

  it('leaves plain text as it is', () => {
    expect(sanitiseExcerpt('Plain words, nothing else.')).toBe('Plain words, nothing else.');
    expect(sanitiseExcerpt('')).toBe('');
  });
});
