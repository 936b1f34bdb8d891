/**
 * `npm run bench:data-store-module [-- --sizes 30,60,120,240]`: how long Node takes to load a module
 * shaped like Astro's data store (`export default JSON.parse("…")`) of each size in MB, as Astro writes
 * it and as `integrations/data-store-module.ts` rewrites it. Each load runs in a fresh process, so it
 * includes compiling the module and parsing its JSON; `JSON.parse` alone is printed beside it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { splitDataStoreModule } from '../integrations/data-store-module';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '30,60,120,240' } } });
const sizes = values.sizes.split(',').map(Number);

/** JSON of about `mb` megabytes with the quotes, escapes and accents a catalog's text has. */
function catalogLikeJson(mb: number): string {
  const items: string[] = [];
  let length = 0;
  for (let n = 0; length < mb * 1e6; n++) {
    const item = JSON.stringify({
      name: `Café "Crème" pot ${n}`,
      descriptionHtml: '<p>A pot with "quotes" and a \\ slash.</p>\n',
      sku: `SKU-${n}`,
      price: { amount: 1250 + n, currency: 'USD' },
    });
    items.push(item);
    length += item.length + 1;
  }
  return `[${items.join(',')}]`;
}

const LOAD = `const t = performance.now(); await import(process.argv[1]);
process.stdout.write(String(performance.now() - t));`;
const timeLoad = (file: string) =>
  Number(execFileSync(process.execPath, ['--input-type=module', '-e', LOAD, file], { encoding: 'utf8' }));
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(8);

const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-data-store-'));
try {
  console.log('   size   as Astro writes it   in pieces   JSON.parse alone');
  for (const mb of sizes) {
    const json = catalogLikeJson(mb);
    const astro = `export default JSON.parse(${JSON.stringify(json)})`;
    const split = splitDataStoreModule(astro);
    if (split === null) throw new Error(`${mb} MB: the module was not split`);
    const files = { astro: path.join(dir, `astro-${mb}.mjs`), split: path.join(dir, `split-${mb}.mjs`) };
    await writeFile(files.astro, astro);
    await writeFile(files.split, split);
    const started = performance.now();
    JSON.parse(json);
    const parse = performance.now() - started;
    console.log(
      `${`${mb} MB`.padStart(7)}   ${s(timeLoad(files.astro))}           ${s(timeLoad(files.split))}    ${s(parse)}`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
