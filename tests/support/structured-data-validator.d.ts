/** The part of `@adobe/structured-data-validator` the tests use; the package ships no types. */
declare module '@adobe/structured-data-validator' {
  /** One broken or missed rule. */
  export interface ValidationIssue {
    issueMessage: string;
    severity: 'ERROR' | 'WARNING';
    rootType?: string;
    fieldNames?: string[];
  }

  /** Structured data as `@marbec/web-auto-extractor` hands it over: items by format, then by root type. */
  export interface ExtractedData {
    jsonld: Record<string, Record<string, unknown>[]>;
    microdata?: Record<string, Record<string, unknown>[]>;
    rdfa?: Record<string, Record<string, unknown>[]>;
    errors?: unknown[];
  }

  /** Google's rich-result rules; schema.org's vocabulary is checked only when given. */
  export default class Validator {
    constructor(schemaOrgJson?: unknown);
    validate(data: ExtractedData): Promise<ValidationIssue[]>;
  }
}
