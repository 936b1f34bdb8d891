/** Schema validation that names the record and field when a value does not fit the domain model. */
import type { z } from 'zod';
import { BadCatalogDataError } from '../errors';

/** Parses `value` with `schema`, or throws `BadCatalogDataError` naming `subject` and the first bad field. */
export function validated<S extends z.ZodType>(schema: S, value: unknown, subject: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new BadCatalogDataError(subject, issue.path.map(String).join('.'), issue.message);
}
