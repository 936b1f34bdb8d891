/** Launches a real Chromium for browser tests: Debian's where present, else Playwright's own. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Starts headless Chromium with the flags this sandboxed, offline machine needs. `backForwardCache` turns
 * on the cache that Playwright turns off, for tests of what a page shows when Back restores it from there.
 */
export function launchChromium({ backForwardCache = false } = {}): Promise<Browser> {
  const executablePath =
    process.env.CHROMIUM_PATH || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
  return chromium.launch({
    executablePath,
    ...(backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
