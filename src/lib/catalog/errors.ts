/** Why a catalog export failed, named so the person reading the build log knows what to fix. */
import { isBigCommerceError } from '../bigcommerce/errors';

/** The cause categories a failed export is reported under. */
export type CatalogFailure = 'auth' | 'throttling' | 'store down' | 'bad data';

/** The export failed and nothing was published; `failure` says why. */
export class CatalogExportError extends Error {
  constructor(
    readonly failure: CatalogFailure,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`Catalog export failed (${failure}): ${detail} Nothing was published.`, options);
    this.name = 'CatalogExportError';
  }
}

/** A record the storefront cannot use: names the record and the field. */
export class BadCatalogDataError extends Error {
  constructor(
    /** E.g. `product 45 "Kitchen"`. */
    readonly subject: string,
    /** Dotted path of the offending field, e.g. `prices.price.amount`. */
    readonly field: string,
    reason: string,
  ) {
    super(`${subject}: field ${field || '(record)'}: ${reason}`);
    this.name = 'BadCatalogDataError';
  }
}

const failureOfKind = {
  auth: 'auth',
  throttled: 'throttling',
  server: 'store down',
  graphql: 'bad data',
} as const satisfies Record<string, CatalogFailure>;

const withStop = (message: string) => (/[.!?]$/.test(message) ? message : `${message}.`);

/** Wraps any failure as a `CatalogExportError` under its cause category (unknown ones count as bad data). */
export function toCatalogExportError(error: unknown): CatalogExportError {
  if (error instanceof CatalogExportError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (isBigCommerceError(error)) {
    return new CatalogExportError(failureOfKind[error.kind], withStop(message), { cause: error });
  }
  return new CatalogExportError('bad data', withStop(message), { cause: error });
}
