/** Reads what a build did from its log (pure): pages rendered and skipped, export path, search index, page restore. */

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

/** The search index's line, as `integrations/search-index.ts` logs it; seconds as logged. */
export interface SearchIndexLog {
  records: string;
  seconds: string;
  added: string;
  written: string;
  bundles: number;
  /** Bundles copied unchanged from the last build. */
  reused: number;
}

/** "10,000 records indexed in 9.1 s (added 2.3 s, written 6.8 s) into 4 bundles, 3 of them unchanged …" */
export function searchIndexLog(output: string): SearchIndexLog | undefined {
  const match =
    /([\d,]+) records indexed in ([\d.]+) s \(added ([\d.]+) s, written ([\d.]+) s\) into (\d+) bundles?(?:, (\d+) of them unchanged)?/.exec(
      output,
    );
  if (!match) return undefined;
  const [, records, seconds, added, written, bundles, reused] = match;
  return { records, seconds, added, written, bundles: Number(bundles), reused: Number(reused ?? 0) };
}

/** The page restore's lines (`integrations/page-restore.ts`): pages moved into `dist/` and linked back, with seconds. */
export function pageRestoreLog(
  output: string,
): { moved: number; movedSeconds: string; linked?: number; linkedSeconds?: string } | undefined {
  const moved = /moved (\d+) pages from the build cache into dist\/ in ([\d.]+) s/.exec(output);
  if (!moved) return undefined;
  const linked = /linked (\d+) pages back into the build cache in ([\d.]+) s/.exec(output);
  return {
    moved: Number(moved[1]),
    movedSeconds: moved[2],
    ...(linked && { linked: Number(linked[1]), linkedSeconds: linked[2] }),
  };
}
