import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { generateStore } from '../../local-store/data/generate';
import { exportCatalog } from '../../src/lib/catalog/export';
import {
  asProductSnapshotRef,
  PRODUCT_SNAPSHOT_FILE,
  productSnapshotPathFrom,
  readProductSnapshot,
  writeProductSnapshot,
} from '../../src/lib/catalog/product-snapshot-file';
import { startStore, testClient } from './local-store';

const folder = mkdtempSync(path.join(os.tmpdir(), 'product-snapshot-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const store = await startStore(generateStore({ products: 40, seed: 3 }));
const { products } = await exportCatalog(testClient(store).client);
await store.stop();

describe('the product snapshot file', () => {
  it('gives back the products exactly as written, in their order', () => {
    const file = path.join(folder, 'round-trip', PRODUCT_SNAPSHOT_FILE);
    const ref = writeProductSnapshot(file, products);
    expect(ref.count).toBe(products.length);
    expect(readProductSnapshot(file, ref)).toEqual(products);
    expect(readdirSync(path.dirname(file))).toEqual([PRODUCT_SNAPSHOT_FILE]);
  });

  it('lives in the build cache folder, which Netlify keeps between builds, apart from astro dev’s', () => {
    const env = { STOREFRONT_CACHE_DIR: '/cache' };
    expect(productSnapshotPathFrom(env)).toBe(`/cache/${PRODUCT_SNAPSHOT_FILE}`);
    expect(productSnapshotPathFrom(env, true)).toBe('/cache/catalog-products.dev.v8');
  });

  it('refuses a file other than the one the reference names, saying why', () => {
    const file = path.join(folder, PRODUCT_SNAPSHOT_FILE);
    const ref = writeProductSnapshot(file, products);
    writeProductSnapshot(file, products.slice(1));
    expect(() => readProductSnapshot(file, ref)).toThrow(`${file} is not the snapshot the data store names`);
    const bytes = readFileSync(file);
    bytes[bytes.length - 1] ^= 1;
    writeFileSync(file, bytes);
    expect(() => readProductSnapshot(file, { ...ref, count: ref.count - 1 })).toThrow(/is not the snapshot/);
    expect(() => readProductSnapshot(path.join(folder, 'missing'), ref)).toThrow(/cannot read .*ENOENT/);
  });

  it('refuses a file of another format or count, though its digest matches', () => {
    const file = path.join(folder, 'other-format');
    const older = serialize({ format: 'storefront-products/0', products });
    writeFileSync(file, older);
    expect(() => readProductSnapshot(file, { digest: sha256(older), count: products.length })).toThrow(
      /is not in the format storefront-products\/1/,
    );
    const counted = writeProductSnapshot(file, products);
    expect(() => readProductSnapshot(file, { ...counted, count: 3 })).toThrow(
      `${file} holds ${products.length} products, not 3`,
    );
  });

  it('reads a data-store entry as a reference only when it is one', () => {
    const digest = 'a'.repeat(64);
    expect(asProductSnapshotRef({ digest, count: 2 })).toEqual({ digest, count: 2 });
    expect(asProductSnapshotRef({ digest: 'nope', count: 2 })).toBeUndefined();
    expect(asProductSnapshotRef({ id: 7, name: 'An old product entry' })).toBeUndefined();
    expect(asProductSnapshotRef(undefined)).toBeUndefined();
  });
});

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
