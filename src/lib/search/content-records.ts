/**
 * Content pages and blog posts as records of the search index, of their own types (`page`, `post`),
 * so that a search finds them beside products and the type facet filters them apart. Pure.
 */
import { htmlToText } from '../catalog/sanitise';
import { DEFAULT_LOCALE } from '../money';
import { FILTERS, SORTS, type RecordType } from './contract';
import {
  assembleRecord,
  nameSortKey,
  NO_PRICE_SORT_KEY,
  plain,
  weighted,
  type SearchRecord,
} from './records';

/** What a content record is made of: a page's or a post's address, words and rendered HTML. */
export interface ContentRecordInput {
  type: Exclude<RecordType, 'product'>;
  url: string;
  title: string;
  description: string;
  /** The rendered (already sanitised) markdown. */
  html: string;
  tags?: readonly string[];
}

/** How much a match in each part of a page counts, on the product records' scale. */
export const CONTENT_PAGE_WEIGHTS = { title: 10, tags: 6, description: 4 } as const;

/** The record of a content page or post; it sorts after every product by price, by title by name. */
export function contentRecord(input: ContentRecordInput, locale: string = DEFAULT_LOCALE): SearchRecord {
  const tags = input.tags?.map((tag) => tag.trim()).filter(Boolean) ?? [];
  const content = [
    weighted(CONTENT_PAGE_WEIGHTS.title, plain(input.title)),
    weighted(CONTENT_PAGE_WEIGHTS.tags, plain(tags.join(', '))),
    weighted(CONTENT_PAGE_WEIGHTS.description, plain(input.description)),
    plain(htmlToText(input.html)),
  ];
  return assembleRecord(
    {
      url: input.url,
      parts: content,
      meta: {
        title: input.title,
        url: input.url,
        image: '',
        image_alt: '',
        price: '',
        brand: '',
        type: input.type,
      },
      filters: { [FILTERS.type]: [input.type] },
      sort: { [SORTS.price]: NO_PRICE_SORT_KEY, [SORTS.name]: nameSortKey(input.title) },
    },
    locale,
  );
}
