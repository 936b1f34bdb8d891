/**
 * A search result as a card shows it, from the record's metadata: name, brand, price, image and a
 * highlighted excerpt. Every field is merchant text; links and image addresses are checked. Pure.
 */
import { IMAGE_SIZES, PLACEHOLDER_SRC, buildSrcset, imageUrl } from '../images';
import { recordTypeName, type ProductRecordMeta } from './contract';
import { sanitiseExcerpt } from './excerpt';

/** What Pagefind's `result.data()` gives, as far as the cards read it. */
export interface ResultData {
  url: string;
  excerpt?: string;
  meta: Partial<Record<keyof ProductRecordMeta, string>>;
}

/** A result card's content; text is plain (to be escaped when rendered) except `excerptHtml`. */
export interface ResultView {
  url: string;
  name: string;
  brand: string;
  price: string;
  image: { src: string; srcset?: string; sizes?: string; alt: string };
  /** Safe for `innerHTML`: text and `<mark>` only. */
  excerptHtml: string;
}

/** Widths offered for a result's picture: a card is at most about 300 CSS pixels wide. */
const RESULT_WIDTHS = [160, 320, 480, 640] as const;

/** The path of a result's own page, or `undefined` for anything but a same-site path. */
export function safePath(url: string | undefined): string | undefined {
  return url && url.startsWith('/') && !url.startsWith('//') && !url.includes('\\') ? url : undefined;
}

/** True for a CDN URL template the result may load its picture from. */
function isImageTemplate(template: string | undefined): template is string {
  return Boolean(template && /^https?:\/\//i.test(template) && template.includes('{:size}'));
}

/** The card of a result, or `undefined` when its record has no usable page address. */
export function resultView(data: ResultData): ResultView | undefined {
  const { meta } = data;
  const url = safePath(meta.url) ?? safePath(data.url);
  if (!url) return undefined;
  const name = meta.title?.trim() || url;
  const template = meta.image;
  const image = isImageTemplate(template)
    ? {
        src: imageUrl(template, '320w'),
        srcset: buildSrcset(template, RESULT_WIDTHS),
        sizes: IMAGE_SIZES.card,
        alt: meta.image_alt?.trim() || name,
      }
    : { src: PLACEHOLDER_SRC, alt: '' };
  return {
    url,
    name,
    // A page or a post says what it is where a product names its brand.
    brand: meta.brand?.trim() || (recordTypeName(meta.type, 'one') ?? ''),
    price: meta.price?.trim() ?? '',
    image,
    excerptHtml: sanitiseExcerpt(data.excerpt ?? ''),
  };
}
