/** Stencil-style image URLs (`/images/stencil/{:size}/…`) and the `Image` objects the schema returns. */
import { GraphQLError } from 'graphql';
import type { ImageRecord } from '../data/types';
import type { Catalog } from './catalog';

/** Which record an image belongs to; also the URL segment it is served under. */
export type ImageOwnerKind = 'products' | 'categories' | 'brands';

/** The largest edge the image server renders. */
export const MAX_IMAGE_EDGE = 2560;

/** The schema's `Image` object; `url` is resolved by graphql-js's default resolver as a method. */
export interface ImageView {
  urlTemplate: string;
  urlOriginal: string;
  altText: string;
  isDefault: boolean;
  url: (args: { width: number; height?: number | null }) => string;
}

/** `{w}w` or `{w}x{h}`: the size segment BigCommerce's CDN understands. */
export function sizeSegment(width: number, height?: number | null): string {
  if (!Number.isInteger(width) || width < 1) throw new GraphQLError('Image width must be a positive integer');
  if (height === null || height === undefined) return `${width}w`;
  if (!Number.isInteger(height) || height < 1)
    throw new GraphQLError('Image height must be a positive integer');
  return `${width}x${height}`;
}

/** The URL template of an image, with `{:size}` left for the client to fill in. */
export function urlTemplateOf(
  origin: string,
  kind: ImageOwnerKind,
  ownerId: number,
  image: ImageRecord,
): string {
  return `${origin}/images/stencil/{:size}/${kind}/${ownerId}/${image.entityId}/${image.fileName}.png`;
}

/** Builds the schema's `Image` for a record. */
export function imageView(
  origin: string,
  kind: ImageOwnerKind,
  ownerId: number,
  image: ImageRecord,
): ImageView {
  const urlTemplate = urlTemplateOf(origin, kind, ownerId, image);
  return {
    urlTemplate,
    urlOriginal: urlTemplate.replace('{:size}', 'original'),
    altText: image.altText,
    isDefault: image.isDefault,
    url: ({ width, height }) => urlTemplate.replace('{:size}', sizeSegment(width, height)),
  };
}

/** A parsed image request: the record and the pixel size to render. */
export interface ImageRequest {
  image: ImageRecord;
  width: number;
  height: number;
  cacheKey: string;
}

const IMAGE_PATH =
  /^\/images\/stencil\/(original|\d+w|\d+x\d+)\/(products|categories|brands)\/(\d+)\/(\d+)\/([^/]+)\.png$/;

function findImage(catalog: Catalog, kind: ImageOwnerKind, ownerId: number, imageId: number) {
  if (kind === 'products')
    return catalog.productById.get(ownerId)?.images.find((i) => i.entityId === imageId);
  const owner = kind === 'categories' ? catalog.categoryById.get(ownerId) : catalog.brandById.get(ownerId);
  return owner?.image?.entityId === imageId ? owner.image : undefined;
}

/** Scales the record's intrinsic size to a size segment, keeping the aspect ratio, capped at 2560. */
export function renderSize(image: ImageRecord, size: string): { width: number; height: number } {
  const aspect = image.height / image.width;
  let width = image.width;
  if (size.endsWith('w')) width = Number(size.slice(0, -1));
  else if (size.includes('x')) {
    const [boxWidth, boxHeight] = size.split('x').map(Number);
    width = Math.min(boxWidth, boxHeight / aspect);
  }
  width = Math.max(1, Math.min(MAX_IMAGE_EDGE, Math.round(width)));
  let height = Math.max(1, Math.round(width * aspect));
  if (height > MAX_IMAGE_EDGE) {
    height = MAX_IMAGE_EDGE;
    width = Math.max(1, Math.round(height / aspect));
  }
  return { width, height };
}

/** Resolves an image path; `null` when it names no image (or the wrong file name). */
export function parseImagePath(catalog: Catalog, pathname: string): ImageRequest | null {
  const match = IMAGE_PATH.exec(pathname);
  if (!match) return null;
  const [, size, kind, ownerId, imageId, fileName] = match;
  const image = findImage(catalog, kind as ImageOwnerKind, Number(ownerId), Number(imageId));
  if (!image || image.fileName !== decodeURIComponent(fileName)) return null;
  const { width, height } = renderSize(image, size);
  return { image, width, height, cacheKey: `${kind}/${ownerId}/${imageId}/${width}x${height}` };
}
