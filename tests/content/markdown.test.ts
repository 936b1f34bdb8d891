import { describe, expect, it } from 'vitest';
import { sanitisedMarkdown } from '../../src/lib/content/markdown';

async function render(markdown: string): Promise<string> {
  const renderer = await sanitisedMarkdown().createRenderer({});
  const fileURL = new URL('../../src/content/pages/test.md', import.meta.url);
  return (await renderer.render(markdown, { fileURL })).code;
}

describe('markdown HTML', () => {
  it('keeps markdown formatting, tables and safe raw HTML', async () => {
    const html = await render(
      'Some **bold** text.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n<mark>note</mark>\n',
    );
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('<mark>note</mark>');
  });

  it('drops a pasted script and event handlers', async () => {
    const html = await render(
      'Hi\n\n<script>alert(1)</script>\n\n<img src="https://x.example/a.png" onerror="alert(2)">\n',
    );
    expect(html).not.toMatch(/script|alert|onerror/i);
    expect(html).toContain('src="https://x.example/a.png"');
  });

  it('drops javascript: links, inline styles and iframes', async () => {
    const html = await render(
      '[click](javascript:alert(1))\n\n<div style="position:fixed">x</div>\n\n<iframe src="https://evil.example"></iframe>\n',
    );
    expect(html).not.toMatch(/javascript|style=|iframe/i);
    expect(html).toContain('<a>click</a>');
  });

  it('steps a top-level heading down, since the page has its own <h1>', async () => {
    expect(await render('# Title\n')).toBe('<h2>Title</h2>');
  });

  it("keeps Astro's marker on a markdown image, but not one an author wrote", async () => {
    const html = await render(
      '![A pan](./images/pan.jpg)\n\n<img __ASTRO_IMAGE_="{&quot;src&quot;:&quot;x&quot;,&quot;onload&quot;:&quot;alert(1)&quot;}" src="https://x.example/b.png">\n',
    );
    expect(html.match(/__ASTRO_IMAGE_/g)).toHaveLength(1);
    expect(html).toContain('&quot;src&quot;:&quot;./images/pan.jpg&quot;');
    expect(html).not.toContain('onload');
  });
});
