import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diskStateStore } from '../../src/lib/webhooks/disk-state-store';
import { recordDelivery } from '../../src/lib/webhooks/rebuild-state';
import { readRebuildState, updateRebuildState } from '../../src/lib/webhooks/state-store';
import { expectConditionalWrites } from './store-contract';

const run = promisify(execFile);
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'webhook-disk-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('diskStateStore', () => {
  it('writes only when the etag named is still current, like Netlify Blobs', () =>
    expectConditionalWrites(diskStateStore(dir)));

  it('loses no update when many writers race, in this process and in others', async () => {
    const store = diskStateStore(dir);
    const record = (key: string, id: number) =>
      updateRebuildState(store, (state) => ({
        state: recordDelivery(
          state,
          key,
          { scope: 'store/product/updated', full: false, products: [id], categories: [], skus: [] },
          Date.now(),
        ).state,
        result: null,
      }));
    const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
    const writer = join(import.meta.dirname, 'disk-writer.ts');
    await Promise.all([
      ...Array.from({ length: 40 }, (_, i) => record(`here-${i}`, i + 1)),
      run(tsx, [writer, dir, 'there', '40']),
    ]);
    const { pending, seen } = await readRebuildState(store);
    expect(pending?.deliveries).toBe(80);
    expect(Object.keys(seen)).toHaveLength(80);
    expect(pending?.products).toHaveLength(40);
  });
});
