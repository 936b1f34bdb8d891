/** This build's exported catalog, handed from the loader to build hooks that start on it early. */
import { handoffSlot } from '../build-handoff';
import type { CatalogExport } from './export';

/** Filled by a build's catalog export (not `astro dev`'s); the search index takes it on `astro:build:start`. */
export const stagedCatalog = handoffSlot<Pick<CatalogExport, 'products' | 'categories'>>('stagedCatalog');
