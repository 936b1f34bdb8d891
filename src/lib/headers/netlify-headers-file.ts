/**
 * Netlify's `_headers` file: writing it, reading it back, and which headers a path gets, so that a
 * local server can answer as Netlify would.
 */

/** Headers for the paths that match `path` (`*` matches anything, slashes included). */
export interface HeaderRule {
  path: string;
  headers: Readonly<Record<string, string>>;
}

/** Why a `_headers` file or rule cannot be used. */
export class HeadersFileError extends Error {
  constructor(message: string) {
    super(`_headers: ${message}`);
    this.name = 'HeadersFileError';
  }
}

const checkRule = (rule: HeaderRule) => {
  if (!rule.path.startsWith('/') || /\s/.test(rule.path)) {
    throw new HeadersFileError(`the path "${rule.path}" must start with / and hold no spaces`);
  }
  for (const [name, value] of Object.entries(rule.headers)) {
    if (!/^[A-Za-z0-9-]+$/.test(name)) throw new HeadersFileError(`"${name}" is not a header name`);
    if (/[\r\n]/.test(value)) throw new HeadersFileError(`the value of ${name} spans lines`);
  }
};

/** The `_headers` text for `rules`, after an optional comment block. */
export function renderHeadersFile(rules: readonly HeaderRule[], comment: readonly string[] = []): string {
  const lines = comment.map((line) => `# ${line}`);
  for (const rule of rules) {
    checkRule(rule);
    lines.push(rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

/** The rules of a `_headers` text; throws `HeadersFileError` naming the line it cannot read. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { path: string; headers: Record<string, string> }[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: trimmed, headers: {} });
      return;
    }
    const header = /^([A-Za-z0-9-]+)\s*:\s*(.*)$/.exec(trimmed);
    const rule = rules.at(-1);
    if (!header || !rule) throw new HeadersFileError(`line ${index + 1} is neither a path nor a header`);
    rule.headers[header[1]] = header[2];
  });
  return rules;
}

const patternOf = (path: string) =>
  new RegExp(
    `^${path
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );

/**
 * The headers Netlify sends for `pathname`: those of every matching rule, a header set by two
 * rules holding both values joined by a comma (as HTTP joins repeated fields), names lower-cased.
 */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternOf(rule.path).test(pathname)) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      const key = name.toLowerCase();
      result[key] = result[key] === undefined ? value : `${result[key]}, ${value}`;
    }
  }
  return result;
}
