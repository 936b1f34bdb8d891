import { describe, expect, it } from 'vitest';
import { importsOf, scriptsOf } from '../../scripts/bench-js';

describe('scriptsOf', () => {
  const html = `<html><head>
    <meta property="og:title" content="</script><script>alert(1)</script> Mug">
    <script type="application/ld+json">{"@type":"Product"}</script>
    <script type="module" src="/_astro/page.js"></script>
    <link rel="modulepreload" href="/_astro/shared.js">
    <script>(()=>{self.Astro={}})()</script>
  </head><body>
    <astro-island uid="1" component-url="/_astro/CartButton.js" renderer-url="/_astro/client.js" props="{&quot;a&quot;:[0,&quot;&lt;script&gt;&quot;]}"></astro-island>
    <img alt="<script>x()</script>">
  </body></html>`;

  it('finds running inline scripts, module URLs and renderers, not JSON data or text inside attributes', () => {
    expect(scriptsOf(html)).toEqual({
      inline: ['(()=>{self.Astro={}})()'],
      modules: ['/_astro/page.js', '/_astro/shared.js', '/_astro/CartButton.js', '/_astro/client.js'],
      renderers: ['/_astro/client.js'],
    });
  });
});

describe('importsOf', () => {
  it('tells static imports from dynamic ones in minified code, whatever the quotes', () => {
    const code =
      'import{a as b}from"./preact.js";import"./side.js";export{c}from"./re.js";' +
      'const d=()=>import(`./CartDrawer.js`),e=()=>import("./actions.js");';
    expect(importsOf(code)).toEqual({
      staticImports: ['./preact.js', './side.js', './re.js'],
      dynamicImports: ['./CartDrawer.js', './actions.js'],
    });
  });
});
