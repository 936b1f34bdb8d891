/**
 * The shrink guard's I/O: the last successful build's catalog manifest, kept in the build cache
 * folder (which Netlify keeps between builds), and the hand-off of this build's manifest from the
 * catalog loader to the build hooks that judge and record it.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { handoffSlot } from '../build-handoff';
import { buildCacheDirFrom } from '../config';
import type { CatalogManifest } from './shrink-guard';

/** The manifest's file name inside the build cache folder. */
export const MANIFEST_FILE = 'catalog-manifest.json';

const staged = handoffSlot<CatalogManifest>('stagedCatalogManifest');

/** Where the last successful build's manifest is, for the environment's build cache folder. */
export const manifestPathFrom = (env: Record<string, string | undefined>) =>
  path.resolve(buildCacheDirFrom(env), MANIFEST_FILE);

/** Hands this build's manifest (from the loader) to the build hooks. */
export function stageCatalogManifest(manifest: CatalogManifest): void {
  staged.put(manifest);
}

/** This build's manifest, when the loader staged one. */
export const stagedCatalogManifest = (): CatalogManifest | undefined => staged.get();

/** The recorded manifest, undefined when there is none; an unreadable one is reported and ignored. */
export async function readManifest(
  file: string,
  warn: (message: string) => void,
): Promise<CatalogManifest | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const manifest = JSON.parse(text) as CatalogManifest;
    if (manifest.version === 1 && Array.isArray(manifest.products)) return manifest;
  } catch {
    // Reported below, like a manifest of another version.
  }
  warn(
    `${file} is not a catalog manifest this build understands; the shrink guard has nothing to compare with`,
  );
  return undefined;
}

/** Records a successful build's manifest (written whole, then moved into place). */
export async function writeManifest(file: string, manifest: CatalogManifest): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, `${JSON.stringify(manifest)}\n`);
  await rename(partial, file);
}
