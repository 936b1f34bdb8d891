/** Splits an `astro build` log into phases by the lines Astro and the catalog loader print. */
import type { BuildResult, TimedLine } from '../build-site';

/** Wall time (ms) of each phase of a build; a phase whose markers are missing is 0. */
export interface BuildPhases {
  /** Process start, Vite and content config until the catalog export starts. */
  startup: number;
  /** The catalog export (requests and normalising). */
  export: number;
  /** Writing the entries into the content layer and saving its data store. */
  store: number;
  /** Type generation and Vite's server and client bundles. */
  bundle: number;
  /** Rendering and writing every page. */
  render: number;
  /** Sitemap and the rest until the process exits. */
  finish: number;
}

const MARKERS = {
  exportStart: /catalog: exporting from/,
  exportEnd: /catalog: exported /,
  synced: /\[content\] Synced content|\[build\] Collecting build info/,
  renderStart: /generating static routes/,
  renderEnd: /✓ Completed in/,
};

function firstAfter(lines: readonly TimedLine[], pattern: RegExp, after = 0): number | undefined {
  return lines.find((line) => line.ms >= after && pattern.test(line.text))?.ms;
}

/** The phases of one build, from its timed output lines. */
export function buildPhases(result: Pick<BuildResult, 'lines' | 'ms'>): BuildPhases {
  const { lines, ms } = result;
  const exportStart = firstAfter(lines, MARKERS.exportStart);
  const exportEnd = exportStart === undefined ? undefined : firstAfter(lines, MARKERS.exportEnd, exportStart);
  const synced = firstAfter(lines, MARKERS.synced, exportEnd ?? 0);
  const renderStart = firstAfter(lines, MARKERS.renderStart, synced ?? 0);
  const renderEnd = renderStart === undefined ? undefined : firstAfter(lines, MARKERS.renderEnd, renderStart);
  const bundleStart = synced ?? 0;
  const span = (from: number | undefined, to: number | undefined) =>
    from === undefined || to === undefined ? 0 : Math.max(0, to - from);
  return {
    startup: exportStart ?? bundleStart,
    export: span(exportStart, exportEnd),
    store: span(exportEnd, synced),
    bundle: span(bundleStart, renderStart),
    render: span(renderStart, renderEnd),
    finish: span(renderEnd, ms),
  };
}

/** The highest resident set sampled between two times (ms), in bytes. */
export function peakRssBetween(result: Pick<BuildResult, 'rss'>, from: number, to: number): number {
  return result.rss.reduce(
    (peak, sample) => (sample.ms >= from && sample.ms <= to ? Math.max(peak, sample.bytes) : peak),
    0,
  );
}
