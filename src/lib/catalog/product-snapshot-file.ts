/**
 * The catalog's products, kept in a file of their own in the build cache folder (I/O). Astro's data
 * store holds only a reference to it (`ProductSnapshotRef`): Astro reads, rewrites and bundles its
 * whole store on every build, which at 100,000 products took about a minute whatever changed
 * (BENCHMARKS.md), while V8's own serialiser reads and writes this file in a few seconds.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { buildCacheDirFrom } from '../config';
import { productSnapshotRefSchema, type Product, type ProductSnapshotRef } from './schema';

/** The file's name inside the build cache folder. */
export const PRODUCT_SNAPSHOT_FILE = 'catalog-products.v8';

/** Changes whenever the file's layout does, so a cache written by another version is not misread. */
const FORMAT = 'storefront-products/1';

/** `astro dev`'s file: its data store is not the build's, so neither may overwrite the other's snapshot. */
export const DEV_PRODUCT_SNAPSHOT_FILE = 'catalog-products.dev.v8';

/** Where the snapshot named `file` is, for the environment's build cache folder. */
export const productSnapshotPathFrom = (
  env: Record<string, string | undefined>,
  file: string = PRODUCT_SNAPSHOT_FILE,
) => path.resolve(buildCacheDirFrom(env), file);

const digestOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Writes the products to `file` (whole, or not at all) and returns the reference the data store keeps. */
export function writeProductSnapshot(file: string, products: readonly Product[]): ProductSnapshotRef {
  const bytes = serialize({ format: FORMAT, products });
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
  return { file: path.basename(file), digest: digestOf(bytes), count: products.length };
}

/**
 * The products of the snapshot a data-store entry's `data` names, in the build cache folder `env`
 * gives; throws saying why when `data` names none, or the file is not that snapshot.
 */
export function readProductSnapshot(env: Record<string, string | undefined>, data: unknown): Product[] {
  const parsed = productSnapshotRefSchema.safeParse(data);
  if (!parsed.success)
    throw new Error('the data store names no product snapshot (no valid "snapshot" entry in "products")');
  const ref = parsed.data;
  const file = productSnapshotPathFrom(env, ref.file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, {
      cause: error,
    });
  }
  if (digestOf(bytes) !== ref.digest) throw new Error(`${file} is not the snapshot the data store names`);
  const content = deserialize(bytes) as { format?: unknown; products?: unknown };
  if (content.format !== FORMAT || !Array.isArray(content.products))
    throw new Error(`${file} is not in the format ${FORMAT}`);
  if (content.products.length !== ref.count)
    throw new Error(`${file} holds ${content.products.length} products, not ${ref.count}`);
  return content.products as Product[];
}
