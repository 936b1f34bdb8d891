import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { generateStore } from '../../local-store/data/generate';
import { exportCatalog } from '../../src/lib/catalog/export';
import {
  DEV_PRODUCT_SNAPSHOT_FILE,
  PRODUCT_SNAPSHOT_FILE,
  productSnapshotPathFrom,
  readProductSnapshot,
  writeProductSnapshot,
} from '../../src/lib/catalog/product-snapshot-file';
import { startStore, testClient } from './local-store';

const folder = mkdtempSync(path.join(os.tmpdir(), 'product-snapshot-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const env = { STOREFRONT_CACHE_DIR: folder };
const file = productSnapshotPathFrom(env);

const store = await startStore(generateStore({ products: 40, seed: 3 }));
const { products } = await exportCatalog(testClient(store).client);
await store.stop();

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('the product snapshot file', () => {
  it('gives back the products exactly as written, in their order', () => {
    const roundTrip = { STOREFRONT_CACHE_DIR: path.join(folder, 'round-trip') };
    const ref = writeProductSnapshot(productSnapshotPathFrom(roundTrip), products);
    expect(ref).toMatchObject({ file: PRODUCT_SNAPSHOT_FILE, count: products.length });
    expect(readProductSnapshot(roundTrip, ref)).toEqual(products);
    expect(readdirSync(roundTrip.STOREFRONT_CACHE_DIR)).toEqual([PRODUCT_SNAPSHOT_FILE]);
  });

  it('lives in the build cache folder, which Netlify keeps between builds, apart from astro dev’s', () => {
    const cache = { STOREFRONT_CACHE_DIR: '/cache' };
    expect(productSnapshotPathFrom(cache)).toBe(`/cache/${PRODUCT_SNAPSHOT_FILE}`);
    expect(productSnapshotPathFrom(cache, DEV_PRODUCT_SNAPSHOT_FILE)).toBe('/cache/catalog-products.dev.v8');
    const dev = writeProductSnapshot(productSnapshotPathFrom(env, DEV_PRODUCT_SNAPSHOT_FILE), products);
    expect(dev.file).toBe(DEV_PRODUCT_SNAPSHOT_FILE);
    expect(readProductSnapshot(env, dev)).toEqual(products);
  });

  it('refuses a file other than the one the reference names, saying why', () => {
    const ref = writeProductSnapshot(file, products);
    writeProductSnapshot(file, products.slice(1));
    expect(() => readProductSnapshot(env, ref)).toThrow(`${file} is not the snapshot the data store names`);
    const bytes = readFileSync(file);
    bytes[bytes.length - 1] ^= 1;
    writeFileSync(file, bytes);
    expect(() => readProductSnapshot(env, { ...ref, count: ref.count - 1 })).toThrow(/is not the snapshot/);
    const elsewhere = { STOREFRONT_CACHE_DIR: path.join(folder, 'missing') };
    expect(() => readProductSnapshot(elsewhere, ref)).toThrow(/cannot read .*ENOENT/);
  });

  it('refuses a file of another format or count, though its digest matches', () => {
    const older = serialize({ format: 'storefront-products/0', products });
    writeFileSync(file, older);
    const ref = { file: PRODUCT_SNAPSHOT_FILE, digest: sha256(older), count: products.length };
    expect(() => readProductSnapshot(env, ref)).toThrow(/is not in the format storefront-products\/1/);
    const counted = writeProductSnapshot(file, products);
    expect(() => readProductSnapshot(env, { ...counted, count: 3 })).toThrow(
      `${file} holds ${products.length} products, not 3`,
    );
  });

  it('reads only an entry that names a snapshot in the cache folder, saying so otherwise', () => {
    const ref = writeProductSnapshot(file, products);
    expect(readProductSnapshot(env, ref)).toEqual(products);
    const none = /^the data store names no product snapshot/;
    expect(() => readProductSnapshot(env, { ...ref, digest: 'nope' })).toThrow(none);
    expect(() => readProductSnapshot(env, { ...ref, file: '../../etc/passwd' })).toThrow(none);
    expect(() => readProductSnapshot(env, { id: 7, name: 'An old product entry' })).toThrow(none);
    expect(() => readProductSnapshot(env, undefined)).toThrow(none);
  });
});
