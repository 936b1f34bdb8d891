import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BUILD_STORE_FILE } from '../../integrations/data-store-module';
import { astroCacheDirFrom } from '../../src/lib/config';

const site = inject('site');

describe('the data-store module in a build', () => {
  it('finds the store file where the integration reads it, so the catalog skips the bundler', () => {
    // Were Astro to keep the file elsewhere, the module would fall back to the slower cut literal.
    const file = path.resolve(astroCacheDirFrom(site.buildEnv), BUILD_STORE_FILE);
    expect(existsSync(file), file).toBe(true);
  });
});
