/**
 * Zod schemas to Decap CMS fields (pure): each schema field becomes the Decap widget that edits it,
 * with its label, hint, whether it is required, its default and its pattern, so the CMS never
 * offers what the build would refuse. Editing hints come from `.meta()` (`lib/content/schemas.ts`).
 */
import { z } from 'zod';
import type { FieldMeta } from '../content/schemas';

/** One Decap field, as `config.yml` writes it. */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: false;
  hint?: string;
  default?: unknown;
  /** A regex (as text) the value must match, and the message shown when it does not. */
  pattern?: [string, string];
  /** `list` of objects and `object`: the fields of each item. */
  fields?: DecapField[];
  /** `list` of single values: the one field of each item. */
  field?: DecapField;
  /** `select`: the allowed values. */
  options?: string[];
  /** `number`: whether it is whole or decimal, and its bounds. */
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
}

/** A schema no Decap widget can edit; names the field and what it is. */
export class UnsupportedFieldError extends Error {
  constructor(
    readonly path: string,
    readonly type: string,
  ) {
    super(`No Decap widget fits the field "${path}" (a zod ${type}); add a case to lib/cms/decap-fields.ts`);
    this.name = 'UnsupportedFieldError';
  }
}

type Check = { check: string; [key: string]: unknown };

const checksOf = (schema: z.ZodType): Check[] =>
  (schema.def.checks ?? []).map((each) => each._zod.def as unknown as Check);

/** A check's own message: zod keeps a string message as a function of the issue. */
function messageOf(check: Check, fallback: string): string {
  const error = check.error;
  const message = typeof error === 'function' ? (error as (issue: object) => unknown)({}) : error;
  return typeof message === 'string' ? message : fallback;
}

const metaOf = (schema: z.ZodType): FieldMeta => (z.globalRegistry.get(schema) ?? {}) as FieldMeta;

/** The schema under optional/default/nullable wrappers, with what the wrappers say. */
interface Unwrapped {
  core: z.ZodType;
  meta: FieldMeta;
  optional: boolean;
  defaultValue?: unknown;
}

function unwrap(schema: z.ZodType): Unwrapped {
  // Outer metadata wins: `field(date.optional(), { label })` labels the optional, not the date.
  let meta = metaOf(schema);
  let optional = false;
  let defaultValue: unknown;
  let core = schema;
  for (;;) {
    const def = core.def as z.core.$ZodTypeDef & { innerType?: z.ZodType; defaultValue?: unknown };
    if (def.type === 'optional' || def.type === 'nullable') optional = true;
    else if (def.type === 'default') {
      optional = true;
      defaultValue = def.defaultValue;
    } else break;
    core = def.innerType!;
    meta = { ...metaOf(core), ...meta };
  }
  return { core, meta, optional, defaultValue };
}

// Widgets a schema's `widget` hint may name directly; the catalog ones are strings with a pattern.
const STRING_WIDGETS: Record<string, string> = { text: 'text', markdown: 'markdown', image: 'image' };

function stringField(schema: z.ZodType, meta: FieldMeta): Pick<DecapField, 'widget' | 'pattern'> {
  const widget = STRING_WIDGETS[meta.widget ?? ''] ?? 'string';
  const checks = checksOf(schema);
  const regex = checks.find((check) => check.check === 'string_format' && check.format === 'regex');
  if (regex) {
    const pattern = regex.pattern as RegExp;
    return { widget, pattern: [pattern.source, messageOf(regex, `must match ${pattern.source}`)] };
  }
  const max = checks.find((check) => check.check === 'max_length');
  if (max) {
    const maximum = max.maximum as number;
    return { widget, pattern: [`^[\\s\\S]{0,${maximum}}$`, `must be at most ${maximum} characters`] };
  }
  return { widget };
}

function numberField(schema: z.ZodType): Partial<DecapField> {
  const field: Partial<DecapField> = { widget: 'number', value_type: 'float' };
  for (const check of checksOf(schema)) {
    if (check.check === 'number_format' && String(check.format).includes('int')) field.value_type = 'int';
    if (check.check === 'greater_than') field.min = check.value as number;
    if (check.check === 'less_than') field.max = check.value as number;
  }
  return field;
}

/** The widget part of a field: everything but its name, label, hint and whether it is required. */
function widgetOf(core: z.ZodType, meta: FieldMeta, path: string): Partial<DecapField> {
  const def = core.def as z.core.$ZodTypeDef & Record<string, unknown>;
  switch (def.type) {
    case 'string':
      return stringField(core, meta);
    case 'date':
      return { widget: 'datetime' };
    case 'number':
      return numberField(core);
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
      return { widget: 'select', options: (core as z.ZodEnum).options.map(String) };
    case 'object':
      return { widget: 'object', fields: decapFields(core as z.ZodObject, path) };
    case 'array': {
      const element = unwrap(def.element as z.ZodType);
      if (element.core.def.type === 'object')
        return { widget: 'list', fields: decapFields(element.core as z.ZodObject, path) };
      const item = decapField('item', def.element as z.ZodType, `${path}[]`);
      return { widget: 'list', field: { ...item, label: element.meta.label ?? meta.label ?? 'Item' } };
    }
    default:
      throw new UnsupportedFieldError(path, def.type);
  }
}

/** Words of a camelCase name, for a field without a label: `coverAlt` → `Cover alt`. */
const labelFromName = (name: string) => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The Decap field editing `schema` under `name`; `path` names it in errors (`blog.cover`). */
export function decapField(name: string, schema: z.ZodType, path = name): DecapField {
  const { core, meta, optional, defaultValue } = unwrap(schema);
  const field: DecapField = {
    name,
    label: meta.label ?? labelFromName(name),
    widget: 'string',
    ...widgetOf(core, meta, path),
  };
  if (optional) field.required = false;
  if (meta.hint) field.hint = meta.hint;
  if (defaultValue !== undefined) field.default = defaultValue;
  return field;
}

/** One Decap field per key of an object schema, in the schema's order. */
export function decapFields(schema: z.ZodObject, path = ''): DecapField[] {
  return Object.entries(schema.shape).map(([name, child]) =>
    decapField(name, child as z.ZodType, path ? `${path}.${name}` : name),
  );
}
