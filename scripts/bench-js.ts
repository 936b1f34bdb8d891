/**
 * `npm run bench:js [-- --dist dist] [--budget 16]`: the gzipped JavaScript each page type of a built site
 * loads (home, category, product, cart), counting inline scripts, island and renderer modules and
 * everything they import. Code loaded later by dynamic `import()` (the cart drawer, the cart actions on
 * first use, error handling on a failed request) is shown apart, and in "all". The budget (default
 * 16 KB) is checked against what a product page loads, and the command fails when it is exceeded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

let distDir = path.resolve('dist');

/** What one page loads, in gzip bytes. */
export interface PageJs {
  page: string;
  /** Loaded with the page: inline scripts plus modules and their static imports. */
  initial: number;
  /** Loaded on demand by dynamic `import()`, and not already loaded. */
  lazy: number;
  modules: string[];
}

const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const sizeCache = new Map<string, number>();
const sourceCache = new Map<string, string>();

function source(url: string): string {
  let text = sourceCache.get(url);
  if (text === undefined) {
    text = readFileSync(path.join(distDir, url), 'utf8');
    sourceCache.set(url, text);
  }
  return text;
}

function moduleSize(url: string): number {
  let size = sizeCache.get(url);
  if (size === undefined) {
    size = gzipSize(source(url));
    sizeCache.set(url, size);
  }
  return size;
}

const matches = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]);

/** Every start tag of an HTML document with its raw attribute text, reading quoted values whole. */
export function* startTags(html: string): Generator<{ name: string; attributes: string; end: number }> {
  const tagStart = /<([a-zA-Z][\w-]*)/g;
  for (let match = tagStart.exec(html); match; match = tagStart.exec(html)) {
    let index = match.index + match[0].length;
    let quote = '';
    while (index < html.length && (quote || html[index] !== '>')) {
      if (quote ? html[index] === quote : html[index] === '"' || html[index] === "'")
        quote = quote ? '' : html[index];
      index++;
    }
    const name = match[1].toLowerCase();
    yield { name, attributes: html.slice(match.index + match[0].length, index), end: index + 1 };
    // A script's body is not markup: continue after it.
    tagStart.lastIndex = name === 'script' ? html.indexOf('</script', index) + 1 || html.length : index + 1;
  }
}

const attribute = (attributes: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes)?.[1];

/**
 * Inline scripts that run (not JSON data), the module URLs a page starts loading, and the framework
 * renderers among them. A renderer's own dynamic imports are not counted: @astrojs/preact loads
 * @preact/signals only for islands given signal props, and this site passes none.
 */
export function scriptsOf(html: string): { inline: string[]; modules: string[]; renderers: string[] } {
  const inline: string[] = [];
  const modules = new Set<string>();
  const renderers: string[] = [];
  for (const tag of startTags(html)) {
    const url = (name: string) => attribute(tag.attributes, name);
    if (tag.name === 'script') {
      const src = url('src');
      if (src) modules.add(src);
      else if (!/json/.test(url('type') ?? ''))
        inline.push(html.slice(tag.end, html.indexOf('</script', tag.end)));
    } else if (tag.name === 'astro-island') {
      for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
        const value = url(name);
        if (value) modules.add(value);
      }
      renderers.push(url('renderer-url') ?? '');
    } else if (tag.name === 'link' && url('rel') === 'modulepreload') {
      modules.add(url('href') ?? '');
    }
  }
  return {
    inline: inline.filter((text) => text.trim()),
    modules: [...modules].filter((module) => module.startsWith('/')),
    renderers,
  };
}

/** Static and dynamic import specifiers of a (minified) ES module. */
export function importsOf(code: string): { staticImports: string[]; dynamicImports: string[] } {
  return {
    staticImports: matches(
      code,
      /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g,
    ),
    dynamicImports: matches(code, /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g),
  };
}

const resolve = (from: string, specifier: string) =>
  specifier.startsWith('/') ? specifier : path.posix.join(path.posix.dirname(from), specifier);

/** Every module reachable from `roots` by static imports, and the dynamic imports met on the way outside `skip`. */
function closure(roots: string[], skip: string[] = []): { reached: Set<string>; dynamic: Set<string> } {
  const reached = new Set<string>();
  const dynamic = new Set<string>();
  const pending = [...roots];
  while (pending.length) {
    const url = pending.pop()!;
    if (reached.has(url)) continue;
    reached.add(url);
    const { staticImports, dynamicImports } = importsOf(source(url));
    pending.push(...staticImports.map((specifier) => resolve(url, specifier)));
    if (!skip.includes(url)) for (const specifier of dynamicImports) dynamic.add(resolve(url, specifier));
  }
  return { reached, dynamic };
}

/** Measures one built page. */
export function measurePage(page: string): PageJs {
  const { inline, modules, renderers } = scriptsOf(source(page));
  const first = closure(modules, renderers);
  const later = closure(
    [...first.dynamic].filter((url) => !first.reached.has(url)),
    renderers,
  );
  const lazyOnly = [...later.reached].filter((url) => !first.reached.has(url));
  const sum = (urls: Iterable<string>) => [...urls].reduce((total, url) => total + moduleSize(url), 0);
  return {
    page,
    initial: inline.reduce((total, text) => total + gzipSize(text), 0) + sum(first.reached),
    lazy: sum(lazyOnly),
    modules: [...first.reached, ...lazyOnly],
  };
}

function htmlPages(): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.split(path.sep).join('/')}`)
    .sort();
}

const isProduct = (page: string) => /<meta\s+property="og:type"\s+content="product"/.test(source(page));

/** One representative page per type; for products, the one loading the most JS. */
function pickPages(): Record<string, string | undefined> {
  const pages = htmlPages();
  const products = pages.filter(isProduct);
  const heaviest = products
    .map((page) => measurePage(page))
    .sort((a, b) => b.initial + b.lazy - (a.initial + a.lazy))[0]?.page;
  const category = pages.find(
    (page) => page !== '/index.html' && !products.includes(page) && !/^\/(brands|cart)\//.test(page),
  );
  return {
    home: '/index.html',
    category,
    product: heaviest,
    cart: pages.find((page) => page === '/cart/index.html'),
  };
}

/** The product page's budget, in KB of gzipped JS on load (issue 4). */
export const BUDGET_KB = 16;

/** One representative page of each type in the site built at `dir`, measured. */
export function measureSite(dir: string): { type: string; js?: PageJs }[] {
  distDir = path.resolve(dir);
  sizeCache.clear();
  sourceCache.clear();
  return Object.entries(pickPages()).map(([type, page]) => ({
    type,
    js: page ? measurePage(page) : undefined,
  }));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function main(): void {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      budget: { type: 'string', default: `${BUDGET_KB}` },
    },
  });
  const budgetBytes = Number(values.budget) * 1024;
  const rows = measureSite(values.dist);
  console.log(`JavaScript per page type, gzip -9, from ${path.relative(process.cwd(), distDir) || '.'}`);
  console.log('| page type | page | on load | on demand | all |');
  console.log('| --- | --- | ---: | ---: | ---: |');
  for (const { type, js } of rows) {
    if (!js) console.log(`| ${type} | (none built) | | | |`);
    else
      console.log(
        `| ${type} | ${js.page.replace(/index\.html$/, '')} | ${kb(js.initial)} | ${kb(js.lazy)} | ${kb(js.initial + js.lazy)} |`,
      );
  }
  const product = rows.find((row) => row.type === 'product')?.js;
  if (product) {
    const verdict = product.initial <= budgetBytes ? 'within' : 'OVER';
    console.log(`\nproduct page loads ${product.initial} bytes: ${verdict} the ${kb(budgetBytes)} budget`);
    if (product.initial > budgetBytes) process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
