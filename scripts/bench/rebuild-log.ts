/** Reads what an incremental build did from its log (pure): pages rendered and skipped, export path. */

/** Pages (and other files) the build wrote: rendered afresh, or skipped and copied from the last build. */
export function pageCounts(output: string): { rendered: number; skipped: number } {
  const written = output.match(/├─ \//g)?.length ?? 0;
  const skipped = output.match(/\((?:cached|restored)\)/g)?.length ?? 0;
  return { rendered: written - skipped, skipped };
}

/** The export path the build logged (`incremental export, because …` / `full export, because …`). */
export function exportPath(output: string): string {
  return /catalog: ((?:incremental|full) export, because [^\n]*)/.exec(output)?.[1] ?? 'no export logged';
}
