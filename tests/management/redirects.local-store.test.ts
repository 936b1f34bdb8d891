import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStore, type LocalStore } from '../../local-store/index';
import { createManagementClient } from '../../src/lib/management/client';
import { channelSiteId, listRedirects } from '../../src/lib/management/redirects';

let store: LocalStore;
beforeAll(async () => {
  store = await startLocalStore({ port: 0 });
});
afterAll(() => store.stop());

describe('reading the store’s redirects', () => {
  it('reads every redirect of the channel’s site, each with its destination URL', async () => {
    const client = createManagementClient({ baseUrl: store.managementUrl, token: store.managementToken });
    expect(await channelSiteId(client, 1)).toBe(1000);
    const redirects = await listRedirects(client, 1);
    expect(redirects.length).toBeGreaterThan(5);
    expect(redirects.every((redirect) => typeof redirect.to_url === 'string')).toBe(true);
    expect(redirects.find((redirect) => redirect.to.type === 'product')?.to_url).toBe(
      `${store.url}/enamelled-cast-iron-skillet/`,
    );
  });

  it('says so when the channel has no site', async () => {
    const client = createManagementClient({
      baseUrl: store.managementUrl,
      token: store.managementToken,
      retry: { maxAttempts: 1 },
    });
    await expect(listRedirects(client, 2)).rejects.toThrow(/HTTP 404: No site for channel 2/);
  });
});
