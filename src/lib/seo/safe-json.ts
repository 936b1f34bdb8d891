/** JSON that can sit inside a `<script>` element whatever text it carries. */

const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * `JSON.stringify` with `<`, `>`, `&`, U+2028 and U+2029 written as `\uXXXX` escapes, so merchant
 * text such as `</script>` or `<!--` cannot end or confuse the script element; parsers read the
 * same value back.
 */
export function serializeJsonForScript(value: unknown): string {
  const json = JSON.stringify(value) ?? 'null';
  return json.replace(UNSAFE, (char) => ESCAPES[char]);
}
