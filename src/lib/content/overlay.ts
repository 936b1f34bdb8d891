/**
 * The sample overlay: content that refers to the embedded sample store's products and categories,
 * kept apart from the shop's own content so a build against any other store needs none of it.
 */
import { envFlag, type Env } from '../config';
import type { ContentCollectionDescriptor } from './schemas';

/** Set (to `1`) by whatever builds against the bundled sample catalog; nothing else sets it. */
export const SAMPLE_CONTENT_VARIABLE = 'STOREFRONT_SAMPLE_CONTENT';

/** The overlay's root: the same folders as `src/content/`, adding files or replacing ones of the same name. */
export const SAMPLE_CONTENT_ROOT = 'sample-content';

/** True when the build runs against the sample store and so takes the overlay. */
export function sampleContentEnabled(env: Env): boolean {
  return envFlag(env[SAMPLE_CONTENT_VARIABLE]);
}

/** The overlay folder standing beside a collection's folder. */
export function overlayFolder(descriptor: ContentCollectionDescriptor): string {
  return `${SAMPLE_CONTENT_ROOT}/${descriptor.folder.split('/').at(-1)}`;
}

const EXTENSIONS = { markdown: ['md'], yaml: ['yaml', 'yml'], json: ['json'] } as const;

/** The file names (no folder) a collection reads, as glob patterns. */
export function entryPatterns(descriptor: ContentCollectionDescriptor): string[] {
  if (descriptor.kind === 'file' && descriptor.file) return [descriptor.file];
  return EXTENSIONS[descriptor.format].map((extension) => `*.${extension}`);
}

/** A file's entry id: its name without the extension (`about.md` → `about`). */
export const entryId = (file: string) => (file.split('/').at(-1) ?? file).replace(/\.[^.]+$/, '');

/**
 * The repo-relative glob patterns of a collection: its own files, plus the overlay's when given
 * (`overlayFiles`, the names in the overlay folder), an overlay file replacing the own file of its id.
 */
export function collectionPatterns(
  descriptor: ContentCollectionDescriptor,
  overlayFiles?: readonly string[],
): string[] {
  const own = entryPatterns(descriptor).map((pattern) => `${descriptor.folder}/${pattern}`);
  if (!overlayFiles) return own;
  const folder = overlayFolder(descriptor);
  const replaced = new Set(overlayFiles.map(entryId));
  const hidden = [...replaced].flatMap((id) =>
    EXTENSIONS[descriptor.format].map((extension) => `!${descriptor.folder}/${id}.${extension}`),
  );
  const overlay = entryPatterns(descriptor).map((pattern) => `${folder}/${pattern}`);
  return [...own, ...overlay, ...(overlayFiles.length ? hidden : [])];
}
