/** I/O: the glob loaders of the content collections, reading the sample overlay on sample builds. */
import { existsSync, readdirSync } from 'node:fs';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { collectionPatterns, entryId, overlayFolder, sampleContentEnabled } from './overlay';
import type { ContentCollectionDescriptor } from './schemas';

function overlayFiles(descriptor: ContentCollectionDescriptor): string[] | undefined {
  if (!sampleContentEnabled(process.env)) return undefined;
  const folder = overlayFolder(descriptor);
  return existsSync(folder) ? readdirSync(folder).filter((name) => /\.(md|ya?ml|json)$/.test(name)) : [];
}

/** The loader of one content collection: its files under `src/content/`, plus the overlay's. */
export function contentLoader(descriptor: ContentCollectionDescriptor): Loader {
  return glob({
    base: '.',
    pattern: collectionPatterns(descriptor, overlayFiles(descriptor)),
    generateId: ({ entry }) => entryId(entry),
  });
}
