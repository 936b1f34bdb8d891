/** What the export dropped or adjusted, and the summary printed at its end. */

/** One reason something was dropped or adjusted, with the records it happened to. */
export interface ExportIssue {
  /** `dropped`: left out of the catalog; `kept`: kept with a fallback (placeholder, "Price on request"). */
  action: 'dropped' | 'kept';
  reason: string;
  count: number;
  /** The first few records concerned, e.g. `product 45 "Kitchen"`. */
  examples: string[];
}

/** Counts, time taken and issues of one export. */
export interface ExportReport {
  counts: { products: number; variants: number; images: number; categories: number; brands: number };
  durationMs: number;
  issues: ExportIssue[];
}

const EXAMPLES_KEPT = 5;

/** Collects issues while normalising, grouped by reason. */
export class IssueLog {
  private readonly groups = new Map<string, ExportIssue>();

  /** Records that `subject` was dropped or kept with a fallback, and why. */
  add(action: ExportIssue['action'], reason: string, subject: string): void {
    const key = `${action}\n${reason}`;
    const group = this.groups.get(key) ?? { action, reason, count: 0, examples: [] };
    group.count += 1;
    if (group.examples.length < EXAMPLES_KEPT) group.examples.push(subject);
    this.groups.set(key, group);
  }

  /** The issues, dropped ones first, most frequent first within each. */
  list(): ExportIssue[] {
    return [...this.groups.values()].sort(
      (a, b) =>
        Number(a.action === 'kept') - Number(b.action === 'kept') ||
        b.count - a.count ||
        a.reason.localeCompare(b.reason),
    );
  }
}

/** `1250` → `1,250`. */
export const count = (n: number) => n.toLocaleString('en-US');

/** The progress line: `catalog: 1,250 / 10,000 products`. */
export function progressLine(done: number, total: number): string {
  return `catalog: ${count(done)} / ${count(total)} products`;
}

/** The end-of-export summary, one line per fact. */
export function formatSummary(report: ExportReport): string[] {
  const { counts } = report;
  const lines = [
    `catalog: exported ${count(counts.products)} products (${count(counts.variants)} variants, ` +
      `${count(counts.images)} images), ${count(counts.categories)} categories and ${count(counts.brands)} brands ` +
      `in ${(report.durationMs / 1000).toFixed(1)} s`,
  ];
  if (report.issues.length === 0) lines.push('catalog: nothing skipped');
  for (const issue of report.issues) {
    const more = issue.count > issue.examples.length ? ', …' : '';
    const verb = issue.action === 'dropped' ? 'skipped' : 'kept';
    lines.push(
      `catalog: ${verb} ${count(issue.count)} × ${issue.reason} (${issue.examples.join(', ')}${more})`,
    );
  }
  return lines;
}
