/** What `webhooks register` and `delete` must do to the store's hooks, decided from what exists (pure). */
import type { Hook, HookInput } from './hooks';

/** One step of a plan: make a hook, change one, leave one, or remove one. */
export type HookStep =
  | { action: 'create'; input: HookInput }
  | { action: 'update'; hook: Hook; input: HookInput; why: string }
  | { action: 'unchanged'; hook: Hook }
  | { action: 'delete'; hook: Hook };

const sameHeaders = (a: Hook['headers'], b: Hook['headers']) =>
  JSON.stringify(Object.entries(a ?? {}).sort()) === JSON.stringify(Object.entries(b ?? {}).sort());

/**
 * One active hook per scope at `destination` with exactly `headers`: missing ones are created, an
 * inactive one or one with other headers is updated, the rest left alone. Hooks at other
 * destinations are not this site's and are never touched.
 */
export function planRegistration(
  existing: readonly Hook[],
  scopes: readonly string[],
  destination: string,
  headers: Record<string, string>,
): HookStep[] {
  return scopes.map((scope): HookStep => {
    const input: HookInput = { scope, destination, is_active: true, headers };
    const hook = existing.find((each) => each.scope === scope && each.destination === destination);
    if (!hook) return { action: 'create', input };
    const why = [!hook.is_active && 'inactive', !sameHeaders(hook.headers, headers) && 'headers differ']
      .filter(Boolean)
      .join(', ');
    return why ? { action: 'update', hook, input, why } : { action: 'unchanged', hook };
  });
}

/** Every hook at `destination` goes (other destinations are not this site's). */
export function planRemoval(existing: readonly Hook[], destination: string): HookStep[] {
  return existing
    .filter((hook) => hook.destination === destination)
    .map((hook) => ({ action: 'delete', hook }));
}

/** A plain-text table: a header row, a rule, and the rows, each column as wide as its widest cell. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
