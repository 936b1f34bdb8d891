/** How a catalog record is named in build errors and the export report. */

/** The kinds of catalog record that have a page. */
export type RecordKind = 'product' | 'category' | 'brand';

/** A record's name in messages: `product 45 "Kitchen"`. */
export const recordSubject = (kind: RecordKind, id: number, name: string) =>
  `${kind} ${id} ${JSON.stringify(name)}`;

/** One page of a record's listing in messages: `category 10 "Kitchen"'s page 2`, or the record for page 1. */
export const listingPageSubject = (subject: string, page: number) =>
  page > 1 ? `${subject}'s page ${page}` : subject;
