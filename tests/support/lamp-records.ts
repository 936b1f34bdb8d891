/**
 * Sixty synthetic products as search records, and a built index of them: prices, names and brands
 * scattered so that no bundle of a split index holds them in the whole index's order.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSearchIndex } from '../../integrations/search-index';
import { productRecord } from '../../src/lib/search/records';
import { makeProduct } from '../pages/fixture';

/** The products, "Oak lamp 13" and the like, priced $5.00 to $64.00, of brands Orbit, Fern and Lumen. */
export const lamps = Array.from({ length: 60 }, (_, i) => {
  const id = i + 1;
  return makeProduct({
    id,
    name: `${['Oak', 'Ash', 'Elm', 'Yew'][id % 4]} lamp ${String((id * 13) % 60).padStart(2, '0')}`,
    prices: { price: { amount: ((id * 37) % 60) * 100 + 500, currency: 'USD' } },
    brand: { id: id % 3, name: ['Orbit', 'Fern', 'Lumen'][id % 3], path: `/brand-${id % 3}/` },
  });
});

/** Builds the lamps' index into `dir`, in bundles of `recordsPerBundle` records. */
export async function buildLampIndex(dir: string, recordsPerBundle: number): Promise<void> {
  await mkdir(path.join(dir, 'pagefind/records'), { recursive: true });
  const records = lamps.map((lamp) => productRecord(lamp, new Map()));
  await writeFile(path.join(dir, 'pagefind/records/0.json'), JSON.stringify(records));
  await buildSearchIndex(dir, { recordsPerBundle });
}
