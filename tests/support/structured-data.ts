/** Google's structured-data rules, as `@adobe/structured-data-validator` checks them, over JSON-LD items. */
import Validator, { type ValidationIssue } from '@adobe/structured-data-validator';

// No schema.org vocabulary: the tests have no network, and Google's own rules need none.
const validator = new Validator();

/** Every issue Google's rules find in a page's JSON-LD items. */
export function structuredDataIssues(items: readonly Record<string, unknown>[]): Promise<ValidationIssue[]> {
  const jsonld: Record<string, Record<string, unknown>[]> = {};
  for (const item of structuredClone(items)) {
    const type = String(item['@type']);
    (jsonld[type] ??= []).push(item);
  }
  return validator.validate({ jsonld, microdata: {}, rdfa: {}, errors: [] });
}
