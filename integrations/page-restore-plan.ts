/**
 * Which files `page-restore.ts` copies and removes (pure): the output files Astro's incremental-build
 * manifest lists, and, after the build, those of them the build did not write or keep.
 */

/** Output files (relative to `dist/`) of every page the manifest records; none if it is unusable. */
export function cachedOutputFiles(manifestText: string | undefined, version: number): string[] {
  if (manifestText === undefined) return [];
  let manifest: unknown;
  try {
    manifest = JSON.parse(manifestText);
  } catch {
    return [];
  }
  if (!isRecord(manifest) || manifest.version !== version || !isRecord(manifest.routes)) return [];
  const files = new Set<string>();
  for (const route of Object.values(manifest.routes)) {
    if (!isRecord(route) || !isRecord(route.paths)) continue;
    for (const entry of Object.values(route.paths)) {
      const file = isRecord(entry) ? entry.outputFile : undefined;
      if (typeof file === 'string' && file !== '') files.add(file);
    }
  }
  return [...files];
}

/** The copied files the build neither wrote nor kept: pages gone since the last build. */
export function unwrittenFiles(copied: readonly string[], written: ReadonlySet<string>): string[] {
  return copied.filter((file) => !written.has(file));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a relative path (POSIX separators) stays inside its folder: a tampered manifest must not write outside `dist/`. */
export const staysInside = (file: string) =>
  file !== '' && !file.startsWith('/') && !/^[A-Za-z]:/.test(file) && !file.split('/').includes('..');
