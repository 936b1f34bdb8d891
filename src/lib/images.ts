/** Responsive images from BigCommerce URL templates, whose `{:size}` the CDN resizes on request. */
import type { Image } from './catalog/schema';

/** Widths offered in every `srcset`, in CSS pixels at 1x up to large 2x screens. */
export const IMAGE_WIDTHS = [320, 480, 640, 960, 1280] as const;

/** Shown when a product has no image; served from `public/`. */
export const PLACEHOLDER_SRC = '/placeholder.svg';

/** The box every product image is drawn in; pictures are letterboxed inside it, so nothing shifts. */
export const IMAGE_BOX = { width: 640, height: 640 } as const;

/** `sizes` for the places images appear, matching the CSS grid in `src/styles`. */
export const IMAGE_SIZES = {
  card: '(min-width: 72rem) 17rem, (min-width: 48rem) 30vw, 46vw',
  gallery: '(min-width: 72rem) 36rem, (min-width: 48rem) 55vw, 100vw',
  thumbnail: '6rem',
  tile: '(min-width: 48rem) 25vw, 50vw',
} as const;

/** A template's URL at one size: `500w` (a width) or `500x500` (a bounding box). */
export function imageUrl(urlTemplate: string, size: string): string {
  return urlTemplate.replaceAll('{:size}', size);
}

/** A `srcset` of width descriptors, e.g. `…/320w/a.jpg 320w, …/640w/a.jpg 640w`. */
export function buildSrcset(urlTemplate: string, widths: readonly number[] = IMAGE_WIDTHS): string {
  return [...new Set(widths)]
    .sort((a, b) => a - b)
    .map((width) => `${imageUrl(urlTemplate, `${width}w`)} ${width}w`)
    .join(', ');
}

/** Attributes for an `<img>`: spread them onto the element. */
export interface ImageAttributes {
  src: string;
  srcset?: string;
  sizes?: string;
  alt: string;
  width: number;
  height: number;
  loading: 'eager' | 'lazy';
  decoding: 'async' | 'sync';
  fetchpriority?: 'high';
}

/** Options for `responsiveImage`. */
export interface ResponsiveImageOptions {
  sizes: string;
  /** The page's most important image: loaded eagerly and before other images. */
  priority?: boolean;
  /** Visible on arrival but not the main image: loaded eagerly at normal priority. */
  eager?: boolean;
  /** Alt text when the merchant left none (usually the product name). */
  fallbackAlt?: string;
  /** The image repeats nearby text (a tile's own label), so it gets empty alt text. */
  decorative?: boolean;
}

/** `<img>` attributes for an image, or for the placeholder when there is none. */
export function responsiveImage(image: Image | undefined, options: ResponsiveImageOptions): ImageAttributes {
  const loading = options.priority || options.eager ? 'eager' : 'lazy';
  const priority = options.priority ? { fetchpriority: 'high' as const } : {};
  if (!image) {
    // The placeholder says nothing about the product, so it is decorative.
    return { src: PLACEHOLDER_SRC, alt: '', ...IMAGE_BOX, loading, decoding: 'async', ...priority };
  }
  const alt = options.decorative ? '' : image.alt.trim() || options.fallbackAlt || '';
  return {
    src: imageUrl(image.urlTemplate, `${IMAGE_BOX.width}w`),
    srcset: buildSrcset(image.urlTemplate),
    sizes: options.sizes,
    alt,
    ...IMAGE_BOX,
    loading,
    decoding: options.priority ? 'sync' : 'async',
    ...priority,
  };
}

/** The image's URL for social previews, which want about 1200 pixels wide. */
export function socialImageUrl(image: Image): string {
  return imageUrl(image.urlTemplate, '1200w');
}
