import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobsServer } from '@netlify/blobs/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobsStateStore } from '../../src/lib/webhooks/blobs-state-store';
import { recordDelivery } from '../../src/lib/webhooks/rebuild-state';
import { readRebuildState, updateRebuildState, type StateStore } from '../../src/lib/webhooks/state-store';
import { expectConditionalWrites } from './store-contract';

// Netlify's own local Blobs server, which answers conditional writes as the real service does.
const token = 'blobs-test-token';
let server: BlobsServer;
let directory: string;
let store: StateStore;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'webhook-blobs-'));
  server = new BlobsServer({ directory, token });
  const { port } = await server.start();
  store = blobsStateStore({ siteID: 'site-1', token, apiURL: `http://127.0.0.1:${port}` });
});
afterAll(async () => {
  await server.stop();
  rmSync(directory, { recursive: true, force: true });
});

describe('blobsStateStore', () => {
  it('writes only when the etag named is still current', () => expectConditionalWrites(store));

  it('holds the coalescing state across updates', async () => {
    for (const id of [3, 1, 3]) {
      await updateRebuildState(store, (state) => ({
        state: recordDelivery(
          state,
          `hash-${id}`,
          { scope: 'store/product/updated', full: false, products: [id], categories: [], skus: [] },
          Date.now(),
        ).state,
        result: null,
      }));
    }
    expect((await readRebuildState(store)).pending).toMatchObject({ products: [1, 3], deliveries: 2 });
  });
});
