import { describe, expect, it } from 'vitest';
import { startLocalStore } from '../../local-store/index';

describe('the local store tokens', () => {
  it('are the same on every start, so sample builds that embed the storefront token are reproducible', async () => {
    const first = await startLocalStore({ port: 0 });
    const second = await startLocalStore({ port: 0 });
    try {
      expect(second.storefrontToken).toBe(first.storefrontToken);
      expect(second.privateToken).toBe(first.privateToken);
      expect(first.privateToken).not.toBe(first.storefrontToken);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });
});
