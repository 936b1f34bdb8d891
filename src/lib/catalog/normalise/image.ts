/** API image → domain image (a CDN URL template and alt text). */
import type { ApiImage } from '../api-types';
import type { Image } from '../schema';

/** The image, or undefined when its URL cannot be sized (no `{:size}` in the template). */
export function normaliseImage(image: ApiImage | null | undefined, fallbackAlt: string): Image | undefined {
  if (!image?.urlTemplate?.includes('{:size}')) return undefined;
  return { urlTemplate: image.urlTemplate, alt: image.altText?.trim() || fallbackAlt };
}

/** A product's images, the default first, duplicates and unsizable ones left out (counted in `rejected`). */
export function normaliseGallery(
  images: readonly ApiImage[],
  fallbackAlt: string,
): { images: Image[]; rejected: number } {
  const ordered = [
    ...images.filter((image) => image.isDefault),
    ...images.filter((image) => !image.isDefault),
  ];
  const seen = new Set<string>();
  const result: Image[] = [];
  let rejected = 0;
  for (const image of ordered) {
    const normalised = normaliseImage(image, fallbackAlt);
    if (!normalised) rejected += 1;
    else if (!seen.has(normalised.urlTemplate)) {
      seen.add(normalised.urlTemplate);
      result.push(normalised);
    }
  }
  return { images: result, rejected };
}
