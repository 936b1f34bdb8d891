import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LocalStore } from '../../local-store/index';
import { FAULTS_CONTROL_PATH } from '../../local-store/core/api';
import { gql, startFixtureStore } from './helpers';

const query = '{ site { products(first: 1) { edges { node { entityId } } } } }';
const control = (store: LocalStore, body: string) =>
  fetch(`${store.url}${FAULTS_CONTROL_PATH}`, { method: 'POST', body });

describe('fault control over HTTP (for tests in another process)', () => {
  let store: LocalStore;
  beforeEach(async () => {
    store = await startFixtureStore();
  });
  afterEach(() => store.stop());

  it('takes a fault config and can revive a store that stopped answering', async () => {
    expect((await control(store, JSON.stringify({ serverErrors: 1 }))).status).toBe(200);
    expect((await gql(store, query)).status).toBe(500);
    expect((await gql(store, query)).status).toBe(200);

    await control(store, JSON.stringify({ dieAfter: 0 }));
    await expect(gql(store, query)).rejects.toThrow();
    expect((await control(store, '{}')).status).toBe(200);
    expect((await gql(store, query)).status).toBe(200);
  });

  it('refuses a malformed config with 400', async () => {
    expect((await control(store, JSON.stringify({ serverErrors: -1 }))).status).toBe(400);
  });
});
